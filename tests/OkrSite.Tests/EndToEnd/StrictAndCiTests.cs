using OkrSite.Cli;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

public class StrictAndCiTests
{
    [Fact]
    public void Warnings_as_errors_fails_the_build_and_writes_nothing()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", "{ \"title\": \"Northwind\", \"asOf\": \"2026-08-15\", \"colour\": \"blue\" }");

        var run = CliRun.Of("build", site.Root, "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["site.json(1,47): error OKR0003: unknown key 'colour' in site.json is ignored"], run.ErrorLines);
        Assert.EndsWith("1 error, 0 warnings\n", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Timings_list_every_stage_with_counts()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("build", site.Root, "--timings");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        foreach (var stage in BuildStage.All.Add("total"))
        {
            Assert.Contains(run.Output.Split('\n'), l => l.StartsWith(stage, StringComparison.Ordinal));
        }

        Assert.Contains("4 values", run.Output, StringComparison.Ordinal);
        Assert.Contains("6 charts", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Severity.Error, "content/okrs/2026-Q3/ops.md", 3, 12, "aligns_to names 'x'", "::error file=content/okrs/2026-Q3/ops.md,line=3,col=12,title=OKR0301::aligns_to names 'x'")]
    [InlineData(Severity.Warning, "site.json", 1, 0, "unknown key", "::warning file=site.json,line=1,title=OKR0301::unknown key")]
    [InlineData(Severity.Error, null, 0, 0, "100% broken\nsecond line", "::error title=OKR0301::100%25 broken%0Asecond line")]
    [InlineData(Severity.Error, "data/a,b:c.csv", 2, 0, "x", "::error file=data/a%2Cb%3Ac.csv,line=2,title=OKR0301::x")]
    public void GitHub_annotations_follow_the_workflow_command_format(Severity severity, string? file, int line, int column, string message, string expected) =>
        Assert.Equal(expected, GitHubAnnotations.Format(new Diagnostic(severity, "OKR0301", message, file, line, column)));
}
