using System.IO.Enumeration;
using OkrSite.Core.IO;
using OkrSite.Core.Model;

namespace OkrSite.Core.Write;

/// <summary>
/// Decides whether the folder at --out may be replaced: it may when it does not exist, is empty, or carries OkrSite's
/// marker and holds nothing its manifest does not list. A file someone dropped in, a planted link, a listed file that
/// is now a link or a FIFO: each is named, and the build is refused rather than deleting it.
/// </summary>
internal static class PreviousOutput
{
    /// <param name="Refusal">Why the folder is not OkrSite's at all, or null.</param>
    /// <param name="Foreign">Entries (relative, '/' separated, sorted) that the manifest does not list.</param>
    public sealed record Verdict(string? Refusal, IReadOnlyList<string> Foreign, OutputMarker? Marker)
    {
        public bool MayReplace => Refusal is null && Foreign.Count == 0;
    }

    /// <param name="walk">False: only whether the folder is OkrSite's at all (its marker), without looking at every entry.</param>
    /// <param name="fileTypes">
    /// False: where the folder is listed through the BCL (not Linux), listed files are only checked not to be links
    /// or folders, not also stat'ed to tell a FIFO or device from a regular file. That stat is most of the cost there
    /// (on 40,000 files 280 ms against 100 ms); the check just before the swap always makes it. On Linux readdir's
    /// entry types tell every kind without a stat (<see cref="NativeListing"/>), so both checks are the full one.
    /// </param>
    public static Verdict Inspect(string output, bool walk = true, bool fileTypes = true)
    {
        switch (FileKind.Of(output))
        {
            case EntryKind.Missing:
                return new Verdict(null, [], null);
            case EntryKind.Directory:
                break;
            case EntryKind.Link:
                return new Verdict($"refusing to replace '{output}': it is a link; OkrSite publishes into a link's target, not through a link it did not resolve", [], null);
            default:
                return new Verdict($"refusing to replace '{output}': it is a file, not a folder; delete it or choose another --out", [], null);
        }

        if (!Directory.EnumerateFileSystemEntries(output).Any())
        {
            return new Verdict(null, [], null);
        }

        var (marker, problem) = OutputMarker.Read(output);
        if (marker is null)
        {
            var older = FileKind.Of(Path.Combine(output, SitePaths.ReportJson)) == EntryKind.File;
            return new Verdict(
                older
                    ? $"refusing to replace '{output}': {problem}, so it was written by an older OkrSite or is not OkrSite's; if it is an old OkrSite output, delete it once and build again"
                    : $"refusing to replace '{output}': it is not empty and {problem}, so OkrSite did not write it; delete it or choose another --out",
                [],
                null);
        }

        return new Verdict(null, walk ? Foreign(output, marker, fileTypes) : [], marker);
    }

    private static List<string> Foreign(string output, OutputMarker marker, bool fileTypes)
    {
        var files = new HashSet<string>(marker.Files, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in marker.Files)
        {
            for (var slash = file.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.IndexOf('/', slash + 1))
            {
                folders.Add(file[..slash]);
            }
        }

        if (NativeTree.Supported)
        {
            // readdir's types: no stat per entry, and a FIFO or device is told from a file whatever fileTypes says.
            return Sorted(NativeListing.Walk(output, folders.Contains)
                .Where(e => e.Relative != OutputMarker.FileName)
                .Where(e => e.Kind == NodeType.Directory ? !folders.Contains(e.Relative) : e.Kind != NodeType.Regular || !files.Contains(e.Relative))
                .Select(e => e.Kind == NodeType.Directory ? e.Relative + "/" : e.Relative));
        }

        var root = output.Length + 1;
        var entries = new FileSystemEnumerable<(string Relative, bool Folder, bool Link)>(
            output,
            (ref entry) =>
            {
                var link = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                return (entry.ToFullPath()[root..].Replace('\\', '/'), entry.IsDirectory && !link, link);
            },
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            // Only folders the manifest implies are walked into: what is inside a foreign folder is named by the folder.
            ShouldRecursePredicate = (ref entry) =>
                entry.IsDirectory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)
                && folders.Contains(entry.ToFullPath()[root..].Replace('\\', '/')),
        };

        var foreign = new List<string>();
        foreach (var (relative, folder, link) in entries)
        {
            if (relative == OutputMarker.FileName)
            {
                continue;
            }

            var ours = folder
                ? folders.Contains(relative)
                : !link && files.Contains(relative) && (!fileTypes || FileKind.Of(Path.Combine(output, relative)) == EntryKind.File);
            if (!ours)
            {
                foreign.Add(folder ? relative + "/" : relative);
            }
        }

        return Sorted(foreign);
    }

    private static List<string> Sorted(IEnumerable<string> entries)
    {
        var sorted = entries.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }
}
