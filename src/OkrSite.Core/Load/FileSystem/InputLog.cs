using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using OkrSite.Core.IO;

namespace OkrSite.Core.Load.FileSystem;

/// <summary>
/// Everything one build learnt from the file system, as <see cref="SiteFileSystem"/> learnt it: the answer to each
/// path it classified, each folder it listed (the names and what each turned out to be), and each file it read
/// (its stamp and the XxHash128 of the bytes read). A rebuild that finds all of it the same would read the same
/// bytes, so it would make the same site (<see cref="InputCheck"/>). Thread-safe: files are read in parallel.
/// A file that changed while the build read it makes the log <see cref="Unstable"/>: such a build is not recorded.
/// </summary>
internal sealed class InputLog
{
    private readonly ConcurrentDictionary<RootInput, byte> _roots = new();
    private readonly ConcurrentDictionary<(RootInput? Root, string Path), string> _probes = new();
    private readonly ConcurrentDictionary<(RootInput Root, string Path), string> _folders = new();
    private readonly ConcurrentDictionary<string, FileInput> _files = new(StringComparer.Ordinal);
    private volatile string? _unstable;

    /// <summary>Why this build's inputs cannot be trusted (a file changed while it was read), or null.</summary>
    public string? Unstable => _unstable;

    public void Probe(RootInput? root, string path, string digest)
    {
        if (root is not null)
        {
            _roots.TryAdd(root, 0);
        }

        if (_probes.GetOrAdd((root, path), digest) != digest)
        {
            _unstable = $"'{path}' changed while the build looked at it";
        }
    }

    public void Folder(RootInput root, string realPath, string digest)
    {
        _roots.TryAdd(root, 0);
        if (_folders.GetOrAdd((root, realPath), digest) != digest)
        {
            _unstable = $"the folder '{realPath}' changed while the build listed it";
        }
    }

    /// <param name="before">The file's stamp before it was opened; <paramref name="after"/> once it was read.</param>
    public void File(string realPath, FileStamp before, string hash, FileStamp after)
    {
        if (before != after || before.Kind != NodeType.Regular)
        {
            _unstable = $"'{realPath}' changed while the build read it";
            return;
        }

        var input = new FileInput(realPath, before.Size, before.ModifiedNs, before.Inode, hash);
        if (_files.GetOrAdd(realPath, input).Hash != hash)
        {
            _unstable = $"'{realPath}' changed between two reads of the build";
        }
    }

    /// <summary>
    /// The log as a record. A file modified less than <see cref="InputCheck.RacyWindow"/> before
    /// <paramref name="buildStartNs"/> (or later) is marked racy: a second edit within the file system's timestamp
    /// granularity would leave its stamp as it is, so a rebuild compares its bytes, not its stamp.
    /// </summary>
    public InputSet ToSet(long buildStartNs)
    {
        var roots = _roots.Keys.OrderBy(r => r.Root, StringComparer.Ordinal).ThenBy(r => r.Prefix, StringComparer.Ordinal).ToList();
        var index = roots.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        int IndexOf(RootInput? root) => root is null ? -1 : index[root];
        return new InputSet(
            roots,
            [.. _probes.Select(p => new ProbeInput(IndexOf(p.Key.Root), p.Key.Path, p.Value)).OrderBy(p => p.Root).ThenBy(p => p.Path, StringComparer.Ordinal)],
            [.. _folders.Select(f => new FolderInput(IndexOf(f.Key.Root), f.Key.Path, f.Value)).OrderBy(f => f.Root).ThenBy(f => f.Path, StringComparer.Ordinal)],
            [.. _files.Values.Select(f => f with { Racy = InputCheck.IsRacy(f.ModifiedNs, buildStartNs) }).OrderBy(f => f.Path, StringComparer.Ordinal)]);
    }

    /// <summary>The XxHash128 of <paramref name="parts"/>, each with a separator, null told apart from "".</summary>
    public static string Digest(params ReadOnlySpan<string?> parts)
    {
        var hash = new XxHash128();
        foreach (var part in parts)
        {
            hash.Append(part is null ? "\0null"u8 : Encoding.UTF8.GetBytes(part));
            hash.Append("\u001f"u8);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));
}

/// <summary>
/// What a build read, as stored in its record: the confined roots it read through, the answers of its path
/// questions (<see cref="ProbeInput.Root"/> -1: a plain path outside every root), its folder listings and its files.
/// </summary>
internal sealed record InputSet(IReadOnlyList<RootInput> Roots, IReadOnlyList<ProbeInput> Probes, IReadOnlyList<FolderInput> Folders, IReadOnlyList<FileInput> Files);

/// <summary>A <see cref="SiteFileSystem"/>'s root, message prefix and name: enough to make the same one again.</summary>
internal sealed record RootInput(string Root, string Prefix, string RootName);

/// <summary>One path question (what is it? does the folder exist?) and the digest of its answer.</summary>
internal sealed record ProbeInput(int Root, string Path, string Digest);

/// <summary>One folder listed (its real path) and the digest of every entry's name and kind.</summary>
internal sealed record FolderInput(int Root, string Path, string Digest);

/// <summary>One file read: its real path, stamp and the XxHash128 of its bytes; a racy one is always compared by its bytes.</summary>
/// A build record keeps them in a binary list (<c>Pipeline/RecordStamps</c>): a large site reads 20,000 files.
internal sealed record FileInput(string Path, long Size, long ModifiedNs, ulong Inode, string Hash)
{
    public bool Racy { get; init; }
}
