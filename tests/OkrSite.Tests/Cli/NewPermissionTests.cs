using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>okrsite new where it may not look or write (run as nobody): an error that says what to do, never a stack trace.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class NewPermissionTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly AsNobody _nobody = new();

    public void Dispose()
    {
        foreach (var folder in Directory.EnumerateDirectories(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _site.Dispose();
        _nobody.Dispose();
    }

    [Fact]
    public void A_folder_nobody_may_write_to_is_an_error_that_says_to_run_it_again()
    {
        AsNobody.OpenToEveryone(_site.Root);

        var run = _nobody.Run("new", _site.Root, "--as-of", "2026-11-20");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Output}{run.Error}");
        Assert.StartsWith($"okrsite: error: could not write the site into '{_site.Root}': ", run.Error, StringComparison.Ordinal);
        Assert.Contains("run the same command again to write the rest", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_site.Root));
    }

    [Fact]
    public void A_folder_of_the_starter_that_cannot_be_listed_is_an_error_not_a_crash()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "content"));
        AsNobody.OpenToEveryone(_site.Root);
        File.SetUnixFileMode(Path.Combine(_site.Root, "content"), UnixFileMode.None);

        var run = _nobody.Run("new", _site.Root, "--as-of", "2026-11-20");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Output}{run.Error}");
        Assert.StartsWith($"okrsite: error: could not look into '{_site.Root}': ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
