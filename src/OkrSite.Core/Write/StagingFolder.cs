using System.Collections.Concurrent;

namespace OkrSite.Core.Write;

/// <summary>
/// A fresh folder beside the output that the render stages write into. <see cref="Commit"/> swaps it in as the new
/// output; disposing it without a commit deletes it, so a failed build leaves the previous output as it was.
/// A file whose bytes equal the previous output's is linked rather than written: it costs no write and keeps its
/// timestamp, so deploys that compare size and time (rsync, many upload tools) copy only what changed.
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _old;
    // One Lazy per folder: every writer into a folder waits until it exists, not just the first one.
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private readonly bool _hadOutput;
    private bool _committed;
    private int _count;

    internal StagingFolder(string output, string temp, string old)
    {
        _output = output;
        Path = temp;
        _old = old;
        _hadOutput = Directory.Exists(output);
        Directory.CreateDirectory(temp);
    }

    /// <summary>The staging folder itself.</summary>
    public string Path { get; }

    public int Count => _count;

    public void Write(string path, byte[] content)
    {
        var full = Prepare(path);

        var previous = System.IO.Path.Combine(_output, path);
        if (!(_hadOutput && Unchanged(previous, content) && HardLink.TryCreate(previous, full)))
        {
            // A handle and one positional write: File.WriteAllBytes also preallocates the file (one more system
            // call per file, and a build writes a hundred thousand small files).
            using var file = File.OpenHandle(full, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, content, 0);
        }

        Interlocked.Increment(ref _count);
    }

    /// <summary>Streams the file into the staging folder; when it equals the previous output's, links that file instead.</summary>
    public void WriteStream(string path, Action<Stream> write)
    {
        var full = Prepare(path);
        using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(file);
        }

        var previous = System.IO.Path.Combine(_output, path);
        if (SameBytes(previous, full))
        {
            File.Delete(full);
            if (!HardLink.TryCreate(previous, full))
            {
                File.Copy(previous, full);
            }
        }

        Interlocked.Increment(ref _count);
    }

    /// <summary>A file from the chart cache: linked, not copied, so it costs no write and keeps the cache file's timestamp.</summary>
    public void WriteFrom(string path, string source)
    {
        var full = Prepare(path);
        if (!HardLink.TryCreate(source, full))
        {
            File.Copy(source, full);
        }

        Interlocked.Increment(ref _count);
    }

    private string Prepare(string path)
    {
        var full = Inside(path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        _ = _folders.GetOrAdd(folder, f => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(f))).Value;
        return full;
    }

    /// <summary>Makes the staged files the output: one atomic exchange on Linux, two renames elsewhere.</summary>
    public void Commit()
    {
        if (Directory.Exists(_output) && AtomicSwap.TryExchange(Path, _output))
        {
            // The staging path now holds the previous site.
            _committed = true;
            SitePublisher.TryDelete(Path);
            return;
        }

        if (Directory.Exists(_output))
        {
            Directory.Move(_output, _old);
        }

        try
        {
            Directory.Move(Path, _output);
        }
        catch
        {
            // Put the previous output back before reporting the failure.
            if (!Directory.Exists(_output) && Directory.Exists(_old))
            {
                Directory.Move(_old, _output);
            }

            throw;
        }

        _committed = true;
        SitePublisher.TryDelete(_old);
    }

    public void Dispose()
    {
        if (!_committed)
        {
            SitePublisher.TryDelete(Path);
        }
    }

    private static bool Unchanged(string previous, byte[] content)
    {
        var info = new FileInfo(previous);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(content);
    }

    private static bool SameBytes(string previous, string staged)
    {
        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != new FileInfo(staged).Length)
        {
            return false;
        }

        using var a = new FileStream(previous, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var b = new FileStream(staged, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var left = new byte[1 << 16];
        var right = new byte[1 << 16];
        int read;
        while ((read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false)) > 0)
        {
            if (b.ReadAtLeast(right, read, throwOnEndOfStream: false) != read || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The full path of an output file, which must stay inside the output folder whatever its name says.</summary>
    private string Inside(string relativePath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));
        return full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"output path '{relativePath}' leaves the output folder");
    }
}
