using System.Runtime.InteropServices;

namespace OkrSite.Core.IO;

/// <summary>
/// Lists a folder's tree relative to open folder handles on Linux (openat with O_NOFOLLOW | O_DIRECTORY, readdir),
/// with each entry's type as readdir gives it. The BCL's enumeration stats every entry to fill in its attributes
/// (an lstat and a geteuid each), and telling a FIFO from a file cost a statx more: on the previous output of a
/// large site, 87,000 files listed twice per build, that was a quarter of a million system calls where readdir's
/// type answers for free. Only where the file system gives no type is the entry stat'ed. A folder is entered only
/// as a folder, never through a link. Use it where <see cref="NativeTree.Supported"/>.
/// </summary>
internal static class NativeListing
{
    private const int AtFdCwd = -100;

    /// <summary>
    /// Every entry under <paramref name="root"/> as its path relative to it ('/' separated) and its type, walking
    /// into the folders <paramref name="enter"/> accepts (by relative path); in no particular order.
    /// </summary>
    /// <exception cref="IOException">A folder could not be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">Reading a folder was refused.</exception>
    public static List<(string Relative, NodeType Kind)> Walk(string root, Func<string, bool> enter)
    {
        var found = new List<(string, NodeType)>();
        var fd = Open(AtFdCwd, root, root);
        try
        {
            Folder(fd, root, string.Empty, enter, found);
        }
        finally
        {
            NativeTree.CloseFolder(fd);
        }

        return found;
    }

    private static void Folder(int fd, string full, string relative, Func<string, bool> enter, List<(string, NodeType)> found)
    {
        foreach (var (name, type) in NativeTree.Entries(fd, full, Failure))
        {
            var path = relative.Length == 0 ? name : relative + "/" + name;
            var kind = type switch
            {
                8 => NodeType.Regular,
                4 => NodeType.Directory,
                10 => NodeType.Link,
                1 => NodeType.Fifo,
                12 => NodeType.Socket,
                2 => NodeType.CharacterDevice,
                6 => NodeType.BlockDevice,
                _ => NativeFiles.Stat(Path.Combine(full, name), followLinks: false).Kind,
            };
            if (kind != NodeType.Directory || !enter(path))
            {
                found.Add((path, kind));
                continue;
            }

            var sub = NativeTree.OpenFolder(fd, name);
            var error = sub < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (error is NativeFiles.ENOTDIR or NativeFiles.ELOOP)
            {
                // Swapped for a link or a file since it was listed: named as what it is now, and not entered.
                found.Add((path, NodeType.Other));
                continue;
            }

            found.Add((path, kind));
            if (sub < 0)
            {
                throw Failure(error, Path.Combine(full, name));
            }

            try
            {
                Folder(sub, Path.Combine(full, name), path, enter, found);
            }
            finally
            {
                NativeTree.CloseFolder(sub);
            }
        }
    }

    private static int Open(int parent, string name, string full)
    {
        var fd = NativeTree.OpenFolder(parent, name);
        return fd >= 0 ? fd : throw Failure(Marshal.GetLastPInvokeError(), full);
    }

    private static Exception Failure(int error, string path)
    {
        var message = $"cannot list '{path}': {Marshal.GetPInvokeErrorMessage(error)}";
        return error is NativeFiles.EACCES or 1 ? new UnauthorizedAccessException(message) : new IOException(message, error);
    }
}
