using System.Collections.Concurrent;
using OkrSite.Core.IO;

namespace OkrSite.Core.Load.FileSystem;

/// <summary>
/// The bytes of every file earlier builds of this process read, with the stamp (size, modification time, inode) the
/// file had and the XxHash128 of its bytes: okrsite serve keeps one across its rebuilds, so a save re-reads and
/// re-hashes only the files whose stamp moved, not the 1,300 content files and the data exports each time. A kept
/// file is handed out only while its stamp is the one it was read with and that stamp was not racy when it was read
/// (modified less than <see cref="InputCheck.RacyWindowNs"/> before: a second edit within the file system's time
/// granularity could keep the same stamp), the rule okrsite build's nothing-changed check trusts too. The watcher's
/// events come on top (<see cref="Forget"/>): a file it names is read again whatever its stamp. Thread-safe.
/// </summary>
public sealed class ReadMemo
{
    private readonly ConcurrentDictionary<string, Kept> _files = new(StringComparer.Ordinal);
    private int _hits;
    private int _reads;

    /// <summary>How many reads the memo answered, over every build that used it.</summary>
    internal int Hits => Volatile.Read(ref _hits);

    /// <summary>How many reads went to the file system.</summary>
    internal int Reads => Volatile.Read(ref _reads);

    /// <summary>The kept bytes of <paramref name="realPath"/> when the file's stamp is still <paramref name="stamp"/>, else null.</summary>
    internal Kept? Get(string realPath, FileStamp stamp)
    {
        if (stamp.Kind == NodeType.Regular && _files.TryGetValue(realPath, out var kept) && kept.Stamp == stamp)
        {
            Interlocked.Increment(ref _hits);
            return kept;
        }

        Interlocked.Increment(ref _reads);
        return null;
    }

    /// <summary>
    /// Keeps what was just read, when the file did not change while it was read (<paramref name="before"/> equals
    /// <paramref name="after"/>) and its stamp is old enough to be trusted at <paramref name="nowNs"/>.
    /// </summary>
    internal void Keep(string realPath, FileStamp before, FileStamp after, byte[] bytes, string hash, long nowNs)
    {
        if (before == after && before.Kind == NodeType.Regular && before.Size == bytes.Length && !InputCheck.IsRacy(before.ModifiedNs, nowNs))
        {
            _files[realPath] = new Kept(before, bytes, hash);
        }
        else
        {
            _files.TryRemove(realPath, out _);
        }
    }

    /// <summary>
    /// Drops <paramref name="path"/> and everything under it (a watcher's event, or a folder whose events were lost):
    /// relative to <paramref name="siteRoot"/> unless rooted, by its path and its real path (the memo's keys).
    /// </summary>
    public void Forget(string siteRoot, string path)
    {
        var full = Path.GetFullPath(path, siteRoot);
        Forget(full);
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && NativeFiles.RealPath(folder).Path is { } real && real != folder)
        {
            Forget(Path.Combine(real, Path.GetFileName(full)));
        }
    }

    private void Forget(string fullPath)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(fullPath);
        var folder = trimmed + Path.DirectorySeparatorChar;
        foreach (var path in _files.Keys)
        {
            if (path == trimmed || path.StartsWith(folder, StringComparison.Ordinal))
            {
                _files.TryRemove(path, out _);
            }
        }
    }

    /// <summary>A file as it was read: its stamp, its bytes (never changed: builds share them) and their XxHash128.</summary>
    internal sealed record Kept(FileStamp Stamp, byte[] Bytes, string Hash);
}
