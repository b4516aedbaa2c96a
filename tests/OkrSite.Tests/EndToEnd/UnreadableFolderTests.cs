using System.Diagnostics;
using System.Runtime.InteropServices;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// A folder the build may not list. Tests run as root, whom permissions do not stop, so okrsite runs here as
/// 'nobody' (setpriv) from a copy of itself that nobody can read, on a site with one folder chmod 000.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFolderTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("northwind");
    private readonly TempSite _app = new();

    public void Dispose()
    {
        File.SetUnixFileMode(Path.Combine(_site.Root, "content", "okrs", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _site.Dispose();
        _app.Dispose();
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_its_own_error_and_the_rest_is_checked()
    {
        _site.File("content/okrs/locked/hidden.md", "---\ntitle: x\n---\n");
        _site.File("content/okrs/2026-Q3/broken.md", "no front matter\n");
        File.SetUnixFileMode(Path.Combine(_site.Root, "content", "okrs", "locked"), UnixFileMode.None);
        OpenToEveryone(_site.Root);

        var run = RunAsNobody("check", _site.Root);

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}:\n{run.Output}\n{run.Error}");
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("content/okrs/locked: error OKR0116: the folder cannot be listed: ", StringComparison.Ordinal) && l.EndsWith("; check its permissions", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/okrs/2026-Q3/broken.md", StringComparison.Ordinal) && l.Contains("OKR0101", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>okrsite and what it loads, copied where nobody can read it (the test output may sit under /root).</summary>
    private string CopyApp()
    {
        var from = AppContext.BaseDirectory;
        foreach (var file in Directory.EnumerateFiles(from).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_app.Root, Path.GetFileName(file)));
        }

        var native = Path.Combine(from, "runtimes", RuntimeInformation.RuntimeIdentifier);
        if (Directory.Exists(native))
        {
            foreach (var file in Directory.EnumerateFiles(native, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(_app.Root, "runtimes", RuntimeInformation.RuntimeIdentifier, Path.GetRelativePath(native, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        OpenToEveryone(_app.Root);
        return Path.Combine(_app.Root, "okrsite.dll");
    }

    private (int ExitCode, string Output, string Error) RunAsNobody(params string[] args)
    {
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", CopyApp(), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _app.Root,
        };
        start.Environment["DOTNET_CLI_HOME"] = _app.Root;
        start.Environment["HOME"] = _app.Root;
        start.Environment.Remove("OKRSITE_DEBUG");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("okrsite as nobody did not finish in 90 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Every folder from / down to <paramref name="path"/> and under it readable by others, except locked ones.</summary>
    private static void OpenToEveryone(string path)
    {
        const UnixFileMode open = UnixFileMode.OtherRead | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        for (var folder = new DirectoryInfo(path); folder is not null && folder.FullName != "/"; folder = folder.Parent)
        {
            if ((folder.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                folder.UnixFileMode |= open;
            }
        }

        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (entry.UnixFileMode != UnixFileMode.None)
            {
                entry.UnixFileMode |= entry is DirectoryInfo ? open : UnixFileMode.OtherRead | UnixFileMode.GroupRead;
            }
        }
    }
}
