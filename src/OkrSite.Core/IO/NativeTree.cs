using System.Runtime.InteropServices;

namespace OkrSite.Core.IO;

/// <summary>
/// Deletes a folder's tree relative to open folder handles (openat, unlinkat) on Linux: one system call per file
/// and no path resolved again, where the path-based way costs a path walk and a stat per entry (deleting the
/// previous output of a large site, 87,000 files, was most of its write stage). A folder is only ever entered by
/// openat with O_NOFOLLOW | O_DIRECTORY, so a link planted anywhere, even one swapped in after the listing, is
/// unlinked as a link and never followed. Where the calls or the architecture's flag values are unknown,
/// <see cref="Supported"/> is false and the caller uses the BCL.
/// </summary>
internal static class NativeTree
{
    private const int AtFdCwd = -100;
    private const int AtRemoveDir = 0x200;
    private const int OCloExec = 0x80000;
    private const byte DtDir = 4;
    private const int DirentTypeOffset = 18;
    private const int DirentNameOffset = 19;
    private const int EISDIR = 21;
    private const int EPERM = 1;

    /// <summary>O_DIRECTORY | O_NOFOLLOW, which differ between architectures; null where not known.</summary>
    private static readonly int? OpenFolderFlags = !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x10000 | 0x20000,
        Architecture.Arm64 or Architecture.Arm => 0x4000 | 0x8000,
        _ => null,
    };

    public static bool Supported => OpenFolderFlags is not null;

    /// <summary>
    /// Deletes everything in the real folder <paramref name="folder"/> (already checked to be one) and the folder
    /// itself; <paramref name="last"/>, a name in its top level, goes last. The top <paramref name="parallelDepth"/>
    /// levels of folders are deleted on all cores.
    /// </summary>
    /// <exception cref="IOException">An entry could not be deleted (UnauthorizedAccessException when refused); what is left stays for the next build.</exception>
    public static void Delete(string folder, string? last, int parallelDepth)
    {
        var fd = Open(AtFdCwd, folder);
        if (fd < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == NativeFiles.ENOENT)
            {
                return;
            }

            if (error is NativeFiles.ENOTDIR or NativeFiles.ELOOP)
            {
                // Swapped for a link or a file since it was looked at: unlinked, not entered.
                Check(UnlinkAt(AtFdCwd, folder, 0), folder);
                return;
            }

            throw Failure(error, folder);
        }

        try
        {
            Contents(fd, folder, last, 0, parallelDepth);
        }
        finally
        {
            _ = Close(fd);
        }

        Check(UnlinkAt(AtFdCwd, folder, AtRemoveDir), folder);
    }

    private static void Contents(int fd, string path, string? last, int depth, int parallelDepth)
    {
        var (folders, others) = List(fd, path);
        if (depth < parallelDepth && folders.Count > 1)
        {
            Parallel.ForEach(folders, name => Sub(fd, path, name, depth, parallelDepth));
        }
        else
        {
            foreach (var name in folders)
            {
                Sub(fd, path, name, depth, parallelDepth);
            }
        }

        string? keep = null;
        foreach (var name in others)
        {
            if (name == last)
            {
                keep = name;
                continue;
            }

            Other(fd, path, name, depth, parallelDepth);
        }

        if (keep is not null)
        {
            Other(fd, path, keep, depth, parallelDepth);
        }
    }

    /// <summary>A non-folder entry (or one of unknown type): unlinked; when it turns out to be a folder, walked.</summary>
    private static void Other(int fd, string path, string name, int depth, int parallelDepth)
    {
        if (UnlinkAt(fd, name, 0) == 0)
        {
            return;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is EISDIR or EPERM)
        {
            Sub(fd, path, name, depth, parallelDepth);
            return;
        }

        if (error != NativeFiles.ENOENT)
        {
            throw Failure(error, Path.Combine(path, name));
        }
    }

    private static void Sub(int parent, string path, string name, int depth, int parallelDepth)
    {
        var full = Path.Combine(path, name);
        var fd = Open(parent, name);
        if (fd < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is NativeFiles.ENOTDIR or NativeFiles.ELOOP)
            {
                // A link or file now stands at the folder's name: unlinked, never followed.
                Check(UnlinkAt(parent, name, 0), full);
                return;
            }

            if (error == NativeFiles.ENOENT)
            {
                return;
            }

            throw Failure(error, full);
        }

        try
        {
            Contents(fd, full, null, depth + 1, parallelDepth);
        }
        finally
        {
            _ = Close(fd);
        }

        Check(UnlinkAt(parent, name, AtRemoveDir), full);
    }

    /// <summary>The names in the open folder, real folders apart (by the entry's type, which a link never has).</summary>
    private static (List<string> Folders, List<string> Others) List(int fd, string path)
    {
        var folders = new List<string>();
        var others = new List<string>();
        foreach (var (name, type) in Entries(fd, path, Failure))
        {
            // DT_UNKNOWN (some file systems) goes with the others: unlinked first, walked if it is a folder.
            (type == DtDir ? folders : others).Add(name);
        }

        return (folders, others);
    }

    /// <summary>
    /// Every name in the open folder <paramref name="fd"/> with readdir's d_type (0 where the file system does not
    /// say), read to the end before anything is done with them; <paramref name="failure"/> makes the exception.
    /// </summary>
    internal static List<(string Name, byte Type)> Entries(int fd, string path, Func<int, string, Exception> failure)
    {
        // readdir's stream owns a descriptor of its own: closing it must not close the caller's.
        var own = Dup(fd);
        if (own < 0)
        {
            throw failure(Marshal.GetLastPInvokeError(), path);
        }

        var stream = FdOpenDir(own);
        if (stream == IntPtr.Zero)
        {
            var error = Marshal.GetLastPInvokeError();
            _ = Close(own);
            throw failure(error, path);
        }

        var entries = new List<(string, byte)>();
        try
        {
            Marshal.SetLastPInvokeError(0);
            for (var entry = ReadDir(stream); entry != IntPtr.Zero; entry = ReadDir(stream))
            {
                var name = Marshal.PtrToStringUTF8(entry + DirentNameOffset)!;
                if (name is not ("." or ".."))
                {
                    entries.Add((name, Marshal.ReadByte(entry + DirentTypeOffset)));
                }
            }

            if (Marshal.GetLastPInvokeError() is var failed and not 0)
            {
                throw failure(failed, path);
            }
        }
        finally
        {
            _ = CloseDir(stream);
        }

        return entries;
    }

    /// <summary>Opens the folder <paramref name="name"/> in <paramref name="parent"/> (a descriptor, or -100 for the working folder) without following a link; negative on failure, with errno set.</summary>
    internal static int OpenFolder(int parent, string name) => Open(parent, name);

    internal static void CloseFolder(int fd) => _ = Close(fd);

    private static int Open(int parent, string name) => OpenAt(parent, name, OpenFolderFlags!.Value | OCloExec, 0);

    private static void Check(int result, string path)
    {
        if (result != 0 && Marshal.GetLastPInvokeError() is var error and not NativeFiles.ENOENT)
        {
            throw Failure(error, path);
        }
    }

    /// <summary>The exception File.Delete would throw: refused access as UnauthorizedAccessException, the rest as IOException.</summary>
    private static Exception Failure(int error, string path)
    {
        var message = $"cannot delete '{path}': {Marshal.GetPInvokeErrorMessage(error)}";
        return error is NativeFiles.EACCES or EPERM ? new UnauthorizedAccessException(message) : new IOException(message, error);
    }

    [DllImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static extern int OpenAt(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "unlinkat", SetLastError = true)]
    private static extern int UnlinkAt(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "fdopendir", SetLastError = true)]
    private static extern IntPtr FdOpenDir(int fd);

    // readdir64: the 64-bit dirent (d_ino, d_off, d_reclen, d_type, d_name) on every glibc architecture.
    [DllImport("libc", EntryPoint = "readdir64", SetLastError = true)]
    private static extern IntPtr ReadDir(IntPtr stream);

    [DllImport("libc", EntryPoint = "closedir", SetLastError = true)]
    private static extern int CloseDir(IntPtr stream);
}
