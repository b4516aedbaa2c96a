using OkrSite.Cli.Serve;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Tests.Serve;

public class DiagnosticEchoTests
{
    private static readonly Diagnostic Standing = new(Severity.Warning, "OKR0701", "an objective with one key result", "content/okrs/a.md", 2, 1);
    private static readonly Diagnostic Caused = new(Severity.Warning, "OKR0702", "a key result without a metric", "content/okrs/b.md", 9, 1);
    private static readonly Diagnostic Broken = new(Severity.Error, "OKR0102", "the front matter is not YAML", "content/okrs/c.md", 2, 1);

    [Fact]
    public void The_first_build_prints_every_diagnostic()
    {
        Assert.Equal([Standing, Broken], DiagnosticEcho.ToPrint(null, [Standing, Broken]));
    }

    [Fact]
    public void A_rebuild_prints_only_the_warnings_the_last_successful_build_did_not_have()
    {
        Assert.Equal([Caused], DiagnosticEcho.ToPrint(new HashSet<Diagnostic> { Standing }, [Standing, Caused]));
    }

    [Fact]
    public void A_rebuild_prints_every_error_even_one_printed_before()
    {
        Assert.Equal([Broken], DiagnosticEcho.ToPrint(new HashSet<Diagnostic> { Standing, Broken }, [Standing, Broken]));
    }

    [Fact]
    public void A_warning_that_moved_to_another_line_is_new()
    {
        var moved = Standing with { Line = 3 };

        Assert.Equal([moved], DiagnosticEcho.ToPrint(new HashSet<Diagnostic> { Standing }, [moved]));
    }
}
