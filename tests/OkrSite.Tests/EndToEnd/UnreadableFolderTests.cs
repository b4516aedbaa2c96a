using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// A folder the build may not list. Tests run as root, whom permissions do not stop, so okrsite runs here as
/// 'nobody' (AsNobody) from a copy of itself that nobody can read, on a site with one folder chmod 000.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFolderTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("northwind");
    private readonly AsNobody _nobody = new();

    public void Dispose()
    {
        File.SetUnixFileMode(Path.Combine(_site.Root, "content", "okrs", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _site.Dispose();
        _nobody.Dispose();
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_its_own_error_and_the_rest_is_checked()
    {
        _site.File("content/okrs/locked/hidden.md", "---\ntitle: x\n---\n");
        _site.File("content/okrs/2026-Q3/broken.md", "no front matter\n");
        File.SetUnixFileMode(Path.Combine(_site.Root, "content", "okrs", "locked"), UnixFileMode.None);
        AsNobody.OpenToEveryone(_site.Root);

        var run = _nobody.Run("check", _site.Root);

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}:\n{run.Output}\n{run.Error}");
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("content/okrs/locked: error OKR0116: the folder cannot be listed: ", StringComparison.Ordinal) && l.EndsWith("; check its permissions", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/okrs/2026-Q3/broken.md", StringComparison.Ordinal) && l.Contains("OKR0101", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
