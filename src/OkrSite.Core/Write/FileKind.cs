using System.Runtime.InteropServices;
using OkrSite.Core.IO;

namespace OkrSite.Core.Write;

/// <summary>What a path is itself, without following a link at its end.</summary>
internal enum EntryKind
{
    Missing,
    File,
    Directory,
    Link,

    /// <summary>A FIFO, socket or device: never read, linked or written through.</summary>
    Special,
}

/// <summary>
/// lstat for the write stage: what a path is itself, so nothing is read, linked, written or deleted through a link
/// or a FIFO planted in the output (reading one would hang the build).
/// </summary>
internal static class FileKind
{
    public static EntryKind Of(string path) => Stat(path).Kind;

    /// <summary>The kind and, for a file, its size in bytes.</summary>
    public static (EntryKind Kind, long Size) Stat(string path)
    {
        var (type, size, error) = NativeFiles.Stat(path, followLinks: false);
        return type switch
        {
            NodeType.Regular => (EntryKind.File, size),
            NodeType.Directory => (EntryKind.Directory, 0),
            NodeType.Link => (EntryKind.Link, 0),
            NodeType.None when error is NativeFiles.ENOENT or NativeFiles.ENOTDIR => (EntryKind.Missing, 0),
            NodeType.None => throw new IOException($"cannot inspect '{path}': {Marshal.GetPInvokeErrorMessage(error)}", error),
            _ => (EntryKind.Special, 0),
        };
    }
}
