using System.Runtime.InteropServices;

namespace OkrSite.Core.Write;

/// <summary>
/// link(2): puts an unchanged file of the previous output into the new one without copying it, and it keeps its
/// timestamp. .NET has no API for hard links; where the call fails (other systems, another file system) the caller
/// writes the file instead.
/// </summary>
internal static class HardLink
{
    public static bool TryCreate(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
