using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OkrSite.Tests.Support;

/// <summary>
/// The real okrsite run as 'nobody' (setpriv), for permission failures: tests run as root, whom permissions do not
/// stop. The app is copied into a folder everyone can read, since the test output may sit under /root.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AsNobody : IDisposable
{
    private readonly TempSite _app = new();

    public AsNobody()
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
    }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(_app.Root, "okrsite.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _app.Root,
        };
        start.Environment["DOTNET_CLI_HOME"] = _app.Root;
        start.Environment["HOME"] = _app.Root;
        start.Environment.Remove("OKRSITE_DEBUG");
        start.Environment.Remove("GITHUB_ACTIONS");
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

    /// <summary>Every folder from / down to <paramref name="path"/> and under it readable by others, so nobody can reach it, except locked ones.</summary>
    public static void OpenToEveryone(string path)
    {
        const UnixFileMode open = UnixFileMode.OtherRead | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        for (var folder = new DirectoryInfo(path); folder is not null && folder.FullName != "/"; folder = folder.Parent)
        {
            if ((folder.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                folder.UnixFileMode |= open;
            }
        }

        // An entry a test locked (mode 000) stays locked: that is what the test is about.
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (entry.UnixFileMode == UnixFileMode.None)
            {
                continue;
            }

            entry.UnixFileMode |= entry is DirectoryInfo ? open : UnixFileMode.OtherRead | UnixFileMode.GroupRead;
        }
    }

    public void Dispose() => _app.Dispose();
}
