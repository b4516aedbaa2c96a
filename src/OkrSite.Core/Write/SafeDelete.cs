using System.IO.Enumeration;
using OkrSite.Core.IO;

namespace OkrSite.Core.Write;

/// <summary>
/// The one way OkrSite deletes a tree: every entry is looked at without following links; a link, file or special
/// file is unlinked, and only a real folder is walked into. A link to a folder of precious files is removed as a
/// link and its target is never touched. A site is a hundred thousand files in thousands of page folders, so the
/// top two levels of folders are deleted on all cores. On Linux the walk is <see cref="NativeTree"/>'s, relative to
/// open folder handles (one system call per file); elsewhere the BCL's, by paths, which is the same walk.
/// </summary>
internal static class SafeDelete
{
    private const int ParallelDepth = 2;

    // Relative to open folder handles where the platform has them (NativeTree), else by paths through the BCL.
    private static bool _native = NativeTree.Supported;

    /// <summary>Deletes <paramref name="path"/> as described; <paramref name="last"/> (a name in its top level) goes last, so a tree killed half-way still carries its marker.</summary>
    public static void Tree(string path, string? last = null)
    {
        switch (FileKind.Of(path))
        {
            case EntryKind.Missing:
                return;
            case EntryKind.Directory when _native:
                try
                {
                    NativeTree.Delete(path, last, ParallelDepth);
                    return;
                }
                catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
                {
                    _native = false;
                }

                Folder(path, 0, last);
                return;
            case EntryKind.Directory:
                Folder(path, 0, last);
                return;
            default:
                File.Delete(path);
                return;
        }
    }

    /// <summary>As <see cref="Tree"/>, but a failure leaves the rest for the next build instead of failing this one.</summary>
    public static bool TryTree(string path, string? last = null)
    {
        try
        {
            Tree(path, last);
            return true;
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Folder(string folder, int depth, string? last)
    {
        // Looked at again right before it is walked: a folder swapped for a link since it was listed is unlinked.
        if (depth > 0 && FileKind.Of(folder) != EntryKind.Directory)
        {
            File.Delete(folder);
            return;
        }

        var folders = new List<string>();
        var others = new List<string>();
        foreach (var (full, realFolder) in Entries(folder))
        {
            (realFolder ? folders : others).Add(full);
        }

        if (depth < ParallelDepth && folders.Count > 1)
        {
            Parallel.ForEach(folders, sub => Folder(sub, depth + 1, null));
        }
        else
        {
            foreach (var sub in folders)
            {
                Folder(sub, depth + 1, null);
            }
        }

        string? keep = null;
        foreach (var other in others)
        {
            if (last is not null && Path.GetFileName(other) == last)
            {
                keep = other;
                continue;
            }

            File.Delete(other);
        }

        if (keep is not null)
        {
            File.Delete(keep);
        }

        Directory.Delete(folder, recursive: false);
    }

    /// <summary>The entries of one folder; a link (to a folder or not) counts as a file, so it is unlinked, never entered.</summary>
    private static FileSystemEnumerable<(string, bool)> Entries(string folder) =>
        new(folder, (ref entry) => (entry.ToFullPath(), entry.IsDirectory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)),
            new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false });
}
