using System.Runtime.InteropServices;

namespace OkrSite.Core.Write;

/// <summary>What a path is itself, without following a link at its end.</summary>
public enum EntryKind
{
    Missing,
    File,
    Directory,
    Link,

    /// <summary>A FIFO, socket or device: never read, linked or written through.</summary>
    Special,
}

/// <summary>
/// lstat for the write stage. .NET tells links and folders apart but not a regular file from a FIFO or a device
/// (reading a planted FIFO would hang the build), so on Linux the type comes from statx(2) with
/// AT_SYMLINK_NOFOLLOW, whose struct has the same layout on every architecture; elsewhere from FileSystemInfo.
/// </summary>
public static class FileKind
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int Enoent = 2;
    private const int Enotdir = 20;
    private static bool _noStatx = !OperatingSystem.IsLinux();

    public static EntryKind Of(string path) => Stat(path).Kind;

    /// <summary>The kind and, for a file, its size in bytes.</summary>
    public static (EntryKind Kind, long Size) Stat(string path)
    {
        if (!_noStatx)
        {
            try
            {
                Span<byte> buffer = stackalloc byte[256];
                if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxSize, ref MemoryMarshal.GetReference(buffer)) == 0)
                {
                    var mode = BitConverter.ToUInt16(buffer[ModeOffset..]) & 0xF000;
                    var kind = mode switch
                    {
                        0x8000 => EntryKind.File,
                        0x4000 => EntryKind.Directory,
                        0xA000 => EntryKind.Link,
                        _ => EntryKind.Special,
                    };
                    return (kind, kind == EntryKind.File ? (long)BitConverter.ToUInt64(buffer[SizeOffset..]) : 0);
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno is Enoent or Enotdir)
                {
                    return (EntryKind.Missing, 0);
                }

                throw new IOException($"cannot inspect '{path}': {Marshal.GetPInvokeErrorMessage(errno)}", errno);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _noStatx = true;
            }
        }

        return Fallback(path);
    }

    private static (EntryKind Kind, long Size) Fallback(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null)
        {
            return (EntryKind.Missing, 0);
        }

        if (info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return (EntryKind.Link, 0);
        }

        return info.Attributes.HasFlag(FileAttributes.Directory) ? (EntryKind.Directory, 0) : (EntryKind.File, info.Length);
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}
