using System.Text.Json;
using OkrSite.Core.Render;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>build/check --compare-to and site.json compareTo on the northwind fixture, compared with its own earlier report.</summary>
public sealed class CompareToTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("northwind");

    public void Dispose() => _site.Dispose();

    /// <summary>The fixture built as of an earlier day: its report.json, the "last review".</summary>
    private string Earlier(string asOf = "2026-08-31")
    {
        var output = Path.Combine(_site.Root, "earlier-" + asOf);
        Assert.Equal(0, CliRun.Of("build", _site.Root, "--as-of", asOf, "--out", output).ExitCode);
        return Path.Combine(output, "report.json");
    }

    private static JsonElement Comparison(string outputFolder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outputFolder, "report.json"))).RootElement.TryGetProperty("comparison", out var comparison) ? comparison : default;

    [Fact]
    public void Build_compare_to_adds_the_changes_page_the_dashboard_line_and_report_json_comparison()
    {
        var previous = Earlier();

        var run = CliRun.Of("build", _site.Root, "--compare-to", previous);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Since the report of 2026-08-31: ", run.Output, StringComparison.Ordinal);
        var comparison = Comparison(_site.Output);
        Assert.Equal("2026-08-31", comparison.GetProperty("previous").GetProperty("asOf").GetString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "changes", "index.html")));
        Assert.Contains("href=\"changes/\">Since the last report</a>", File.ReadAllText(Path.Combine(_site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_comparison_report_json_has_none_and_there_is_no_changes_page()
    {
        Assert.Equal(0, CliRun.Of("build", _site.Root).ExitCode);

        Assert.Equal(JsonValueKind.Undefined, Comparison(_site.Output).ValueKind);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "changes")));
        Assert.DoesNotContain("Since the last report", File.ReadAllText(Path.Combine(_site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_and_okrsite_diff_of_the_same_two_files_say_the_same()
    {
        var previous = Earlier();
        Assert.Equal(0, CliRun.Of("build", _site.Root, "--compare-to", previous).ExitCode);
        var built = Path.Combine(_site.Output, "report.json");
        Assert.Equal(0, CliRun.Of("build", _site.Root, "--out", Path.Combine(_site.Root, "plain")).ExitCode);

        // The build's comparison, and the diff of the previous file with the same build's report.json written without one.
        var diff = CliRun.Of("diff", previous, Path.Combine(_site.Root, "plain", "report.json"));
        var again = CliRun.Of("diff", previous, built);

        Assert.Equal(0, diff.ExitCode);
        Assert.Equal(diff.Output, again.Output);
        var summary = JsonDocument.Parse(File.ReadAllText(built)).RootElement.GetProperty("comparison").GetProperty("counts");
        Assert.Contains("## What changed since 2026-08-31", diff.Output, StringComparison.Ordinal);
        Assert.Equal(summary.GetProperty("statusChanges").GetInt32() > 0, diff.Output.Contains("### Status changes", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_json_compare_to_reads_a_file_inside_the_site()
    {
        var previous = Earlier();
        Directory.CreateDirectory(Path.Combine(_site.Root, "content", "reviews"));
        File.Copy(previous, Path.Combine(_site.Root, "content", "reviews", "last.json"));
        SetCompareTo("content/reviews/last.json");

        Assert.Equal(0, CliRun.Of("build", _site.Root).ExitCode);
        Assert.Equal("2026-08-31", Comparison(_site.Output).GetProperty("previous").GetProperty("asOf").GetString());
    }

    [Fact]
    public void A_missing_previous_report_is_a_warning_and_the_build_goes_on_without_a_comparison()
    {
        var run = CliRun.Of("build", _site.Root, "--compare-to", Path.Combine(_site.Root, "previous.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning OKR0630", run.Error, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Undefined, Comparison(_site.Output).ValueKind);
    }

    [Fact]
    public void A_missing_previous_report_fails_a_strict_build()
    {
        Assert.Equal(1, CliRun.Of("check", _site.Root, "--compare-to", "no-such.json", "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void A_previous_report_that_is_no_report_json_fails_the_build_and_writes_nothing()
    {
        var bad = Path.Combine(_site.Root, "bad.json");
        File.WriteAllText(bad, "<!doctype html><title>404 Not Found</title>");

        var run = CliRun.Of("build", _site.Root, "--compare-to", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}(1,1): error OKR0631", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Check_compare_to_checks_the_previous_report_too()
    {
        var bad = Path.Combine(_site.Root, "v1.json");
        File.WriteAllText(bad, """{ "title": "x", "objectives": [] }""");

        var run = CliRun.Of("check", _site.Root, "--compare-to", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error OKR0632", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_given_as_the_previous_report_is_refused_without_opening_it()
    {
        var fifo = Path.Combine(_site.Root, "previous.json");
        FileSystemFixtures.Fifo(fifo);

        // The real process: a read of a FIFO would block it, which the timeout would show.
        var result = OkrSiteProcess.Run(["check", _site.Root, "--compare-to", fifo], timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error OKR0631", result.Error, StringComparison.Ordinal);
        Assert.Contains("fifo", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_json_compare_to_through_a_link_out_of_the_site_is_not_read()
    {
        using var outside = FileSystemFixtures.Outside("report.json", Earlier_text());
        Directory.CreateDirectory(Path.Combine(_site.Root, "content"));
        FileSystemFixtures.Link(Path.Combine(_site.Root, "content", "last.json"), Path.Combine(outside.Root, "report.json"));
        SetCompareTo("content/last.json");

        var run = CliRun.Of("check", _site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/last.json: error OKR0631", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_report_of_a_later_date_is_a_warning()
    {
        var later = Earlier("2026-12-31");

        var run = CliRun.Of("check", _site.Root, "--as-of", "2026-10-15", "--compare-to", later);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning OKR0634", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_two_inputs_give_byte_identical_output()
    {
        var previous = Earlier();
        Assert.Equal(0, CliRun.Of("build", _site.Root, "--compare-to", previous).ExitCode);
        var first = File.ReadAllBytes(Path.Combine(_site.Output, "changes", "index.html"));
        var json = File.ReadAllBytes(Path.Combine(_site.Output, "report.json"));
        Assert.Equal(0, CliRun.Of("build", _site.Root, "--compare-to", previous, "--out", Path.Combine(_site.Root, "again")).ExitCode);

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_site.Root, "again", "changes", "index.html")));
        Assert.Equal(json, File.ReadAllBytes(Path.Combine(_site.Root, "again", "report.json")));
    }

    private string Earlier_text() => File.ReadAllText(Earlier());

    private void SetCompareTo(string path)
    {
        var siteJson = Path.Combine(_site.Root, "site.json");
        var text = File.ReadAllText(siteJson).TrimEnd();
        File.WriteAllText(siteJson, text[..text.LastIndexOf('}')].TrimEnd() + $",\n  \"compareTo\": \"{path}\"\n}}\n");
    }
}
