using System.Diagnostics;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>
/// Packs the tool once per test run (a few minutes on the 2-core machine: one framework-dependent and one
/// ReadyToRun publish), into a temporary folder.
/// </summary>
public sealed class ToolPackageFixture : IDisposable
{
    public ToolPackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "okrsite-tool-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Repository = FindRepository();
        Version = System.Xml.Linq.XDocument.Load(Path.Combine(Repository, "Directory.Build.props")).Descendants("Version").Single().Value;

        // Packed from a copy of the sources, so that its restore and Release build never touch the obj/ folders of
        // the build these tests run from.
        var sources = Path.Combine(Root, "src");
        CopySources(Repository, sources);
        Pack = Dotnet.Run(sources, null, "pack", Path.Combine(sources, "src", "OkrSite"), "-c", "Release", "-o", Feed, "-nologo");
    }

    public string Root { get; }

    /// <summary>The folder the packages were packed into: the only package source the installs see.</summary>
    public string Feed { get; }

    public string Repository { get; }

    public string Version { get; }

    public Dotnet.Result Pack { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
    }

    /// <summary>What building the tool reads: the build files, src/, the default theme, the schemas and the sample site (okrsite new --example) it embeds.</summary>
    private static void CopySources(string from, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "README.md", "site.json" })
        {
            Directory.CreateDirectory(to);
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
        }

        foreach (var folder in new[] { "src", "themes", Path.Combine("docs", "schema"), "content", "static" }.Where(f => Directory.Exists(Path.Combine(from, f))))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(from, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative));
            }
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OkrSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository (OkrSite.sln) is not above " + AppContext.BaseDirectory);
    }
}

/// <summary>The tool as a user installs it: packed, installed from a folder with a tool manifest, run.</summary>
public class ToolPackageTests(ToolPackageFixture tool) : IClassFixture<ToolPackageFixture>
{
    [Fact]
    public void Pack_writes_the_pointer_the_linux_x64_ready_to_run_and_the_any_packages()
    {
        Assert.True(tool.Pack.ExitCode == 0, tool.Pack.Text);
        Assert.Equal(
            [$"OkrSite.{tool.Version}.nupkg", $"OkrSite.any.{tool.Version}.nupkg", $"OkrSite.linux-x64.{tool.Version}.nupkg"],
            Directory.GetFiles(tool.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("okrsite")]
    [InlineData("OkrSite")]
    public void A_local_tool_installed_offline_from_the_folder_builds_a_site(string packageId)
    {
        Assert.True(tool.Pack.ExitCode == 0, tool.Pack.Text);
        var home = Path.Combine(tool.Root, "home-" + packageId);
        var project = Path.Combine(tool.Root, "project-" + packageId);
        Directory.CreateDirectory(project);

        // Only the feed folder as a source, and empty caches: what a fresh CI clone with only the SDK has.
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="okrsite" value="{tool.Feed}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = Path.Combine(home, "packages"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };

        Assert.Equal(0, Dotnet.Run(project, environment, "new", "tool-manifest").ExitCode);
        var install = Dotnet.Run(project, environment, "tool", "install", "--local", packageId, "--version", tool.Version);
        Assert.True(install.ExitCode == 0, install.Text);
        Assert.True(Directory.Exists(Path.Combine(home, "packages", "okrsite.linux-x64")), "the linux-x64 package was installed: " + install.Text);

        var version = Dotnet.Run(project, environment, "tool", "run", "okrsite", "--", "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(tool.Version, version.Output.Trim());
        Assert.Equal(tool.Version, Dotnet.Run(project, environment, "okrsite", "--version").Output.Trim());

        using var site = TempSite.CopyOf("northwind");
        var build = Dotnet.Run(project, environment, "tool", "run", "okrsite", "--", "build", site.Root);
        Assert.True(build.ExitCode == 0, build.Text);
        Assert.True(File.Exists(Path.Combine(site.Output, "report.json")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        ReportSchema.AssertValid(File.ReadAllText(Path.Combine(site.Output, "report.json")));
        Assert.EndsWith("0 errors, 0 warnings\n", build.Output, StringComparison.Ordinal);
    }
}

/// <summary>Runs the dotnet CLI to the end (at most ten minutes) and captures what it printed.</summary>
public static class Dotnet
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string Text => $"exit {ExitCode}\n{Output}\n{Error}";
    }

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in ten minutes");
        }

        return new Result(process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }
}
