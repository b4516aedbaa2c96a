using System.Runtime.InteropServices;

namespace OkrSite.Core.IO;

/// <summary>
/// The two questions .NET cannot answer about a path: its real path with every link resolved (realpath(3)), and
/// whether it is a FIFO, socket or device (FileSystemInfo reports those as plain files, and opening a FIFO blocks
/// for ever). statx is used rather than stat because its struct has the same layout on every Linux architecture.
/// Elsewhere the answers come from the BCL: links are resolved one by one and no file is called special.
/// </summary>
internal static class NativeFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSizeMask = 0x200;
    private const int StatxSizeOffset = 40;
    private const int StatxSize = 256;
    private const int StatxModeOffset = 28;
    private const uint StatxMtime = 0x40;
    private const uint StatxIno = 0x100;
    private const int StatxInoOffset = 32;
    private const int StatxMtimeOffset = 112;

    public const int ENOENT = 2;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int ELOOP = 40;

    /// <summary>The kind of <paramref name="path"/> itself (a link is not followed), or the errno when it cannot be examined.</summary>
    public static (NodeType Kind, int Error) Kind(string path, bool followLinks)
    {
        var (kind, _, error) = Stat(path, followLinks);
        return (kind, error);
    }

    /// <summary>The kind of <paramref name="path"/>, its size in bytes when it is a regular file, or the errno when it cannot be examined.</summary>
    public static (NodeType Kind, long Size, int Error) Stat(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return ManagedKind(path, followLinks);
        }

        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxSizeMask, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return (NodeType.None, 0, Marshal.GetLastPInvokeError());
        }

        var mode = BitConverter.ToUInt16(buffer[StatxModeOffset..]) & 0xF000;
        var size = mode == 0x8000 ? (long)BitConverter.ToUInt64(buffer[StatxSizeOffset..]) : 0;
        return (mode switch
        {
            0x8000 => NodeType.Regular,
            0x4000 => NodeType.Directory,
            0xA000 => NodeType.Link,
            0x1000 => NodeType.Fifo,
            0xC000 => NodeType.Socket,
            0x2000 => NodeType.CharacterDevice,
            0x6000 => NodeType.BlockDevice,
            _ => NodeType.Other,
        }, size, 0);
    }

    /// <summary>
    /// What a rebuild compares to know a file is as it was without reading it: its kind (a link is not followed),
    /// size, modification time in nanoseconds and inode number (0 where the OS does not say).
    /// </summary>
    public static FileStamp Stamp(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var (kind, size, _) = ManagedKind(path, followLinks: false);
            var time = kind == NodeType.None ? 0 : (File.GetLastWriteTimeUtc(path).Ticks - DateTime.UnixEpoch.Ticks) * 100;
            return new FileStamp(kind, size, time, 0);
        }

        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxSizeMask | StatxMtime | StatxIno, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return new FileStamp(NodeType.None, 0, 0, 0);
        }

        var mode = BitConverter.ToUInt16(buffer[StatxModeOffset..]) & 0xF000;
        var nanoseconds = (BitConverter.ToInt64(buffer[StatxMtimeOffset..]) * 1_000_000_000) + BitConverter.ToUInt32(buffer[(StatxMtimeOffset + 8)..]);
        var kindOf = mode switch
        {
            0x8000 => NodeType.Regular,
            0x4000 => NodeType.Directory,
            0xA000 => NodeType.Link,
            _ => NodeType.Other,
        };
        return new FileStamp(kindOf, (long)BitConverter.ToUInt64(buffer[StatxSizeOffset..]), nanoseconds, BitConverter.ToUInt64(buffer[StatxInoOffset..]));
    }

    /// <summary>The real path of <paramref name="path"/>, or the errno (ENOENT for a dangling link, ELOOP for a loop).</summary>
    public static (string? Path, int Error) RealPath(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return ManagedRealPath(path);
        }

        var result = Realpath(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            return (null, Marshal.GetLastPInvokeError());
        }

        try
        {
            return (Marshal.PtrToStringUTF8(result), 0);
        }
        finally
        {
            Free(result);
        }
    }

    private static (NodeType, long, int) ManagedKind(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return (NodeType.None, 0, ENOENT);
        }

        if (info.LinkTarget is not null && !followLinks)
        {
            return (NodeType.Link, 0, 0);
        }

        return info is FileInfo file ? (NodeType.Regular, file.Length, 0) : (NodeType.Directory, 0, 0);
    }

    private static (string?, int) ManagedRealPath(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? (Path.GetFullPath(target.FullName), 0) : (null, ENOENT);
        }
        catch (IOException)
        {
            return (null, ELOOP);
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr Realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}

/// <summary>A file's kind, size, modification time (ns since 1970) and inode, as <see cref="NativeFiles.Stamp"/> read them.</summary>
internal readonly record struct FileStamp(NodeType Kind, long Size, long ModifiedNs, ulong Inode);

internal enum NodeType
{
    None,
    Regular,
    Directory,
    Link,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}
