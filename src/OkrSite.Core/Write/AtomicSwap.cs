using System.Runtime.InteropServices;

namespace OkrSite.Core.Write;

/// <summary>
/// Exchanges two directories in one step with Linux's renameat2(RENAME_EXCHANGE), so a reader (or a kill) never
/// sees the output folder missing or half-replaced. .NET has no API for it; where the call is not available (other
/// systems, file systems without support) the caller falls back to two renames.
/// </summary>
internal static class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
