using System.Diagnostics;

namespace OkrSite.Tests.Support;

/// <summary>Real links and FIFOs for the tests of what OkrSite may read.</summary>
public static class FileSystemFixtures
{
    public static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    public static void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A folder outside any site with one file holding <paramref name="secret"/>; deleted with the returned handle.</summary>
    public static TempSite Outside(string file, string secret) => new TempSite().File(file, secret);
}
