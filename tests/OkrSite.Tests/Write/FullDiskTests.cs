using System.Diagnostics;
using OkrSite.Tests.Support;
using OkrSite.Tests.Write.Hostile;

namespace OkrSite.Tests.Write;

/// <summary>
/// Real write failures of the real process, on a small tmpfs mounted for the test (root only, as CI runs): a full
/// disk and a read-only file system are OKR0902 saying which, and the previous output stays as it was.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("northwind");
    private readonly string _disk;
    private readonly bool _mounted;

    public FullDiskTests()
    {
        _disk = Path.Combine(_site.Root, "disk");
        Directory.CreateDirectory(_disk);
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
        {
            Assert.Equal(0, Sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", _disk));
            _mounted = true;
        }
    }

    private string Output => Path.Combine(_disk, "_site");

    [Fact]
    public void A_full_disk_says_the_disk_is_full_and_keeps_the_previous_output()
    {
        if (!_mounted)
        {
            return; // mounting a tmpfs needs root; WriteFailureTests covers the message without it
        }

        Assert.Equal(0, OkrSiteProcess.Run(["build", _site.Root, "--out", Output, "--no-cache"]).ExitCode);
        var before = Precious.Snapshot(Output);
        FillLeaving(16 * 1024);

        var run = OkrSiteProcess.Run(["build", _site.Root, "--out", Output, "--no-cache", "--as-of", "2026-08-01"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Output + ": error OKR0902: the disk is full", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Precious.Snapshot(Output));
        Assert.Empty(Directory.GetDirectories(_disk, "_site.okrsite-*"));
    }

    [Fact]
    public void A_read_only_file_system_says_so_and_keeps_the_previous_output()
    {
        if (!_mounted)
        {
            return;
        }

        Assert.Equal(0, OkrSiteProcess.Run(["build", _site.Root, "--out", Output, "--no-cache"]).ExitCode);
        var before = Precious.Snapshot(Output);
        Assert.Equal(0, Sh("mount", "-o", "remount,ro", _disk));

        var run = OkrSiteProcess.Run(["build", _site.Root, "--out", Output, "--no-cache", "--as-of", "2026-08-01"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error OKR0902:", StringComparison.Ordinal) && l.Contains("the file system is read-only", StringComparison.Ordinal));
        Assert.Equal(before, Precious.Snapshot(Output));
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Sh("umount", _disk);
        }

        _site.Dispose();
    }

    /// <summary>Fills the tmpfs, then frees <paramref name="bytes"/> again.</summary>
    private void FillLeaving(int bytes)
    {
        var filler = Path.Combine(_disk, "filler");
        using (var file = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1))
        {
            var block = new byte[4096];
            try
            {
                while (true)
                {
                    file.Write(block);
                }
            }
            catch (IOException)
            {
            }

            file.SetLength(Math.Max(0, file.Length - bytes));
        }
    }

    private static int Sh(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
