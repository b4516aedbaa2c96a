using OkrSite.Core.Diagnostics;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Write;

/// <summary>OKR0902 is for write failures only, and says what went wrong in words a user can act on.</summary>
public class WriteFailureTests
{
    [Theory]
    [InlineData(28, "No space left on device : '/x/_site.okrsite-tmp-1/a.html'", "the disk is full")]
    [InlineData(30, "Read-only file system : '/x/_site.okrsite-tmp-1'", "the file system is read-only")]
    [InlineData(5, "Input/output error", "could not be written (Input/output error)")]
    public void Says_disk_full_read_only_or_the_system_message(int errno, string message, string expected)
    {
        var text = WriteFailure.Describe(new OutputWriteException(new IOException(message, errno)), "/x/_site");

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("'/x/_site'", text, StringComparison.Ordinal);
        Assert.Contains("the previous output is unchanged", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permission_problem_says_so()
    {
        Assert.Contains("permissions forbid it", WriteFailure.Describe(new OutputWriteException(new UnauthorizedAccessException("Access to the path is denied.")), "/x"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_failure_inside_the_parallel_writes_is_OKR0902_and_keeps_the_previous_output()
    {
        using var site = new TempSite();
        Assert.True(SitePublisher.Publish(site.Output, site.Root, [new OutputFile("report.json", [1])], new DiagnosticBag()));
        var diagnostics = new DiagnosticBag();
        using var staging = SitePublisher.Begin(site.Output, site.Root, diagnostics)!;

        var ok = staging.Fill(_ => Parallel.For(0, 4, _ => OutputWriteException.Wrap(() => throw new IOException("No space left on device", 28))), diagnostics);

        Assert.False(ok);
        var diagnostic = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Codes.OutputFailed.Id, diagnostic.Code);
        Assert.StartsWith("the disk is full", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([1], File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
    }

    [Fact]
    public void A_bug_a_render_failure_or_a_failed_read_is_not_reported_as_could_not_be_written()
    {
        using var site = new TempSite();
        var diagnostics = new DiagnosticBag();
        using var staging = SitePublisher.Begin(site.Output, site.Root, diagnostics)!;

        Assert.Throws<InvalidOperationException>(() => staging.Fill(_ => throw new InvalidOperationException("a bug"), diagnostics));
        Assert.Throws<FileNotFoundException>(() => staging.Fill(_ => throw new FileNotFoundException("a theme file went missing"), diagnostics));
        Assert.Throws<AggregateException>(() => staging.Fill(
            _ => throw new AggregateException(new OutputWriteException(new IOException("disk", 28)), new ArgumentException("a bug beside it")),
            diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }
}
