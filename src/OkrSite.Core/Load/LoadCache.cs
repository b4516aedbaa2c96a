using System.Collections.Concurrent;
using System.Security.Cryptography;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load;

/// <summary>
/// What earlier builds of the same process read and parsed, by file and content: okrsite serve keeps one across its
/// rebuilds, so a save reparses only the file whose bytes changed. An entry is a file's parsed result and the
/// diagnostics reading it reported, replayed on a hit, so a build from the cache reports and computes exactly what a
/// build without one does. Keyed by the SHA-256 of the file's bytes, never by a time stamp, and by the options the
/// reading depended on (site.json <c>csv</c> for data). Results must be immutable: every later build shares them.
/// </summary>
public sealed class LoadCache
{
    // A file that reports more than this is parsed again each time rather than having its diagnostics kept.
    private const int MaxDiagnostics = 200;

    private readonly ConcurrentDictionary<(string Kind, string Path), Entry> _entries = new();
    private int _hits;
    private int _misses;
    private MergedEntry? _merged;
    private int _mergeHits;

    /// <summary>How many reads the cache answered, over every build that used it.</summary>
    internal int Hits => Volatile.Read(ref _hits);

    /// <summary>How many reads parsed the file.</summary>
    internal int Misses => Volatile.Read(ref _misses);

    /// <summary>
    /// The result of <paramref name="read"/> for this file's <paramref name="bytes"/>: a previous one when the bytes
    /// and <paramref name="options"/> are the same (its diagnostics reported again), else <paramref name="read"/>'s,
    /// which reports into the bag it is given. Thread-safe: files are read in parallel.
    /// </summary>
    internal T? Get<T>(string kind, string path, byte[] bytes, object? options, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read)
        where T : class
    {
        var hash = SHA256.HashData(bytes);
        var key = (kind, path);
        if (_entries.TryGetValue(key, out var entry) && entry.Hash.AsSpan().SequenceEqual(hash) && Equals(entry.Options, options))
        {
            Interlocked.Increment(ref _hits);
            diagnostics.Replay(entry.Diagnostics);
            return (T?)entry.Value;
        }

        Interlocked.Increment(ref _misses);
        var recording = DiagnosticBag.Recording(diagnostics, MaxDiagnostics);
        var value = read(recording);
        if (recording.Recorded is { } recorded)
        {
            _entries[key] = new Entry(hash, options, value, [.. recorded]);
        }
        else
        {
            _entries.TryRemove(key, out _);
        }

        return value;
    }

    /// <summary>
    /// The data of the last build as merged from its files' parsed results (<paramref name="parts"/>, by reference:
    /// each is a hit of this cache, so the same reference is the same bytes read with the same options), reused with
    /// its diagnostics while the files and their results are the same; else <paramref name="merge"/>'s. A save of a
    /// content file then merges no series. The merge must be a pure function of the paths and the parts.
    /// </summary>
    internal T Merged<T>(IReadOnlyList<string> paths, IReadOnlyList<object> parts, DiagnosticBag diagnostics, Func<DiagnosticBag, T> merge)
        where T : class
    {
        var last = Volatile.Read(ref _merged);
        if (last is not null && last.Paths.SequenceEqual(paths, StringComparer.Ordinal) && last.Parts.Count == parts.Count && last.Parts.Zip(parts).All(p => ReferenceEquals(p.First, p.Second)))
        {
            Interlocked.Increment(ref _mergeHits);
            diagnostics.Replay(last.Diagnostics);
            return (T)last.Value;
        }

        var recording = DiagnosticBag.Recording(diagnostics, MaxDiagnostics);
        var value = merge(recording);
        Volatile.Write(ref _merged, recording.Recorded is { } recorded ? new MergedEntry([.. paths], [.. parts], value, [.. recorded]) : null);
        return value;
    }

    /// <summary>How many builds reused the last merge of their data.</summary>
    internal int MergeHits => Volatile.Read(ref _mergeHits);

    private sealed record MergedEntry(IReadOnlyList<string> Paths, IReadOnlyList<object> Parts, object Value, IReadOnlyList<(Diagnostic Diagnostic, bool? Promote)> Diagnostics);

    private sealed record Entry(byte[] Hash, object? Options, object? Value, IReadOnlyList<(Diagnostic Diagnostic, bool? Promote)> Diagnostics);
}
