using OkrSite.Core.IO;

namespace OkrSite.Core.Load.FileSystem;

/// <summary>
/// Asks the file system again what an <see cref="InputSet"/> recorded: each path question, each folder listing and
/// each file. A file whose stamp (size, modification time, inode) is as recorded is taken as unchanged; one whose
/// stamp moved (a <c>touch</c>, a fresh checkout) is read and compared by its bytes, so only a real edit counts.
/// </summary>
internal static class InputCheck
{
    /// <summary>
    /// How close to the build a file's modification time makes it racy: a second edit within the timestamp
    /// granularity of the file system (2 s on the coarsest) could leave the stamp unchanged.
    /// </summary>
    public const long RacyWindowNs = 2_000_000_000;

    /// <summary>Now, in nanoseconds since 1970, the clock file stamps are in.</summary>
    public static long NowNs() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    /// <summary>Whether a stamp modified at <paramref name="modifiedNs"/> is too close to <paramref name="nowNs"/> to be trusted (<see cref="RacyWindowNs"/>).</summary>
    public static bool IsRacy(long modifiedNs, long nowNs) => modifiedNs >= nowNs - RacyWindowNs;

    /// <summary>
    /// What changed first (a line for --timings), or null when nothing did. <paramref name="refreshed"/> is the set
    /// with new stamps when some file's stamp moved but its bytes did not (null otherwise), so the next check need not read it again.
    /// </summary>
    public static string? FirstChange(InputSet inputs, long nowNs, out InputSet? refreshed)
    {
        refreshed = null;
        var roots = inputs.Roots.Select(r => new SiteFileSystem(r.Root, r.Prefix, r.RootName)).ToList();
        // A plain-path probe is "<question>:<path>": the path is what the user gave.
        string Show(int root, string path) => root < 0 ? path[(path.IndexOf(':', StringComparison.Ordinal) + 1)..] : $"{inputs.Roots[root].Prefix}{path}";

        foreach (var probe in inputs.Probes)
        {
            var now = probe.Root < 0 ? SiteFileSystem.PlainDigest(probe.Path) : SiteFileSystem.Digest(roots[probe.Root].Classify(probe.Path));
            if (now != probe.Digest)
            {
                return $"{Show(probe.Root, probe.Path)} changed";
            }
        }

        var folder = inputs.Folders.AsParallel().AsOrdered().FirstOrDefault(f => roots[f.Root].FolderDigest(f.Path) != f.Digest);
        if (folder is not null)
        {
            return $"an entry of {folder.Path} was added, removed or changed";
        }

        var files = inputs.Files.AsParallel().AsOrdered().Select(f => (File: f, Now: Compare(f, nowNs))).ToList();
        if (files.FirstOrDefault(f => f.Now is null).File is { } changed)
        {
            return $"{changed.Path} changed";
        }

        if (files.Any(f => !ReferenceEquals(f.Now, f.File)))
        {
            refreshed = inputs with { Files = [.. files.Select(f => f.Now!)] };
        }

        return null;
    }

    /// <summary>The file's record as it now is: the same one when its stamp holds, a new one when only the stamp moved, null when its bytes differ.</summary>
    private static FileInput? Compare(FileInput file, long nowNs)
    {
        var stamp = NativeFiles.Stamp(file.Path);
        if (stamp.Kind != NodeType.Regular || stamp.Size != file.Size)
        {
            return null;
        }

        if (!file.Racy && stamp.ModifiedNs == file.ModifiedNs && stamp.Inode == file.Inode)
        {
            return file;
        }

        try
        {
            var hash = InputLog.HashOf(File.ReadAllBytes(file.Path));
            if (hash != file.Hash || NativeFiles.Stamp(file.Path) != stamp)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return new FileInput(file.Path, stamp.Size, stamp.ModifiedNs, stamp.Inode, file.Hash) { Racy = IsRacy(stamp.ModifiedNs, nowNs) };
    }
}
