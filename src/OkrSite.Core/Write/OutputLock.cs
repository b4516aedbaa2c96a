using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace OkrSite.Core.Write;

/// <summary>
/// One build per output folder at a time: an exclusive lock on <c>&lt;out&gt;.okrsite-lock</c> beside the output
/// (never inside it), which the OS releases when the holder dies however it dies, so a killed build never blocks
/// the next one. On Linux and macOS it is flock(2) on the file's descriptor, taken here because okrsite turns off
/// .NET's own file locking for speed; on Windows the open itself with FileShare.Read is the lock. The file holds
/// the holder's pid for the waiting message; it is left in place, since deleting a lock file races with a waiter
/// that has it open.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public const string Suffix = ".okrsite-lock";
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly SafeFileHandle _handle;

    private OutputLock(SafeFileHandle handle, string path)
    {
        _handle = handle;
        Path = path;
    }

    public string Path { get; }

    public static string PathFor(string output) => output + Suffix;

    /// <summary>
    /// Takes the lock of <paramref name="output"/>, waiting up to <paramref name="timeout"/>; <paramref name="waiting"/>
    /// is told once, with the holder's pid when it can be read, that another build holds it. Null when it timed out.
    /// </summary>
    public static OutputLock? Acquire(string output, TimeSpan timeout, Action<int?>? waiting = null)
    {
        var path = PathFor(output);
        var kind = FileKind.Of(path);
        if (kind is not (EntryKind.Missing or EntryKind.File))
        {
            throw new LockFileException(path);
        }

        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryTake(path) is { } taken)
            {
                return taken;
            }

            if (!told)
            {
                told = true;
                waiting?.Invoke(Holder(path));
            }

            if (clock.Elapsed >= timeout)
            {
                return null;
            }

            Thread.Sleep(Poll);
        }
    }

    /// <summary>The pid written by the build that holds the lock, when it can be read.</summary>
    public static int? Holder(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64);
            var buffer = new byte[32];
            var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return int.TryParse(Encoding.ASCII.GetString(buffer, 0, read).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static OutputLock? TryTake(string path)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (IOException ex) when (ex.HResult is SharingViolation or LinuxWouldBlock or MacWouldBlock)
        {
            // Windows, or a process that kept .NET's file locking: the holder's lock refused the open.
            return null;
        }

        if (!OperatingSystem.IsWindows() && Flock(handle, LockExclusive | LockNonBlocking) != 0)
        {
            handle.Dispose();
            return null;
        }

        var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        RandomAccess.SetLength(handle, 0);
        RandomAccess.Write(handle, pid, 0);
        return new OutputLock(handle, path);
    }

    private static int Flock(SafeFileHandle handle, int operation)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return FlockNative((int)handle.DangerousGetHandle(), operation);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Closing the descriptor releases the lock; the OS does the same for a process that dies.</summary>
    public void Dispose() => _handle.Dispose();

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int FlockNative(int fd, int operation);
}

/// <summary>The lock path beside the output is a link, folder or special file: OkrSite will not open or write through it.</summary>
internal sealed class LockFileException(string path) : IOException($"'{path}' is not a regular file")
{
    public string LockPath { get; } = path;
}
