using OkrSite.Core.IO;

namespace OkrSite.Core.Write;

/// <summary>
/// The output as a build committed it: the stamp (size, modification time, inode) of every file of its manifest, of
/// its marker and of every folder. A folder's modification time moves when an entry is added to it, removed or
/// renamed, and a file's when it is edited, so a rebuild that finds every stamp as recorded knows the output is
/// exactly what was written, without reading a byte of it. The marker is rewritten by every commit, so an output
/// replaced since (by a build that kept no record) never passes.
/// </summary>
internal sealed record OutputStamps(string Folder, IReadOnlyList<StampedPath> Files, IReadOnlyList<StampedPath> Folders)
{
    /// <summary>Stamps the committed output <paramref name="folder"/> holding <paramref name="files"/> (its manifest).</summary>
    public static OutputStamps Take(string folder, IReadOnlyList<string> files)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal) { string.Empty };
        foreach (var file in files)
        {
            for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
            {
                folders.Add(file[..slash]);
            }
        }

        StampedPath Stamp(string path) => StampedPath.Of(path, NativeFiles.Stamp(Full(folder, path)));
        return new OutputStamps(
            folder,
            [.. files.Append(OutputMarker.FileName).AsParallel().AsOrdered().Select(Stamp)],
            [.. folders.AsParallel().AsOrdered().Select(Stamp)]);
    }

    /// <summary>What differs in the output now (a line for --timings), or null when every stamp is as recorded.</summary>
    public string? FirstChange()
    {
        // The marker first and last: a commit between the two would show in it, whatever was stamped in between.
        var marker = Files[^1];
        if (Differs(marker))
        {
            return $"the output {Folder} was written since";
        }

        var folder = Folders.AsParallel().AsOrdered().FirstOrDefault(Differs);
        if (folder is not null)
        {
            return $"an entry was added to or removed from the output folder {(folder.Path.Length == 0 ? Folder : folder.Path + "/")}";
        }

        var file = Files.AsParallel().AsOrdered().FirstOrDefault(Differs);
        if (file is not null)
        {
            return $"the output file {file.Path} was changed or removed";
        }

        return Differs(marker) ? $"the output {Folder} was written since" : null;
    }

    private bool Differs(StampedPath recorded) => StampedPath.Of(recorded.Path, NativeFiles.Stamp(Full(Folder, recorded.Path))) != recorded;

    private static string Full(string folder, string path) => path.Length == 0 ? folder : Path.Combine(folder, path);
}

/// <summary>One path of the output with its kind ('f' file, 'd' folder, '-' anything else), size, modification time and inode.</summary>
/// A build record keeps them in a binary list (<c>Pipeline/RecordStamps</c>): an output has 100,000 of them.
internal sealed record StampedPath(string Path, char Kind, long Size, long ModifiedNs, ulong Inode)
{
    public static StampedPath Of(string path, FileStamp stamp) => new(
        path,
        stamp.Kind switch { NodeType.Regular => 'f', NodeType.Directory => 'd', _ => '-' },
        stamp.Size,
        stamp.ModifiedNs,
        stamp.Inode);
}
