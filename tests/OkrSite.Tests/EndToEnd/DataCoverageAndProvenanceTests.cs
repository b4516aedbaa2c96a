using System.Text.Json;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// Tried as a new user would: a header typo is a warning, not silence; and report.json says where every figure of
/// the sample sites came from, checked against the rows and lines of their files by hand.
/// </summary>
public class DataCoverageAndProvenanceTests
{
    private static TempSite UptimeSite(string header) => new TempSite()
        .File("site.json", """{ "title": "Ops", "asOf": "2026-08-01", "coach": { "off": ["all"] } }""") // the coach has its own tests
        .File("content/kpis/uptime.md", "---\nname: Uptime\nunit: \"%\"\n---\n")
        .File("content/okrs/2026-Q3/reliable.md", "---\ntitle: Reliable\nkey_results:\n  - title: Uptime 99.9%\n    metric: uptime\n    baseline: 99\n    target: 99.9\n---\n")
        .File("content/data/ops.csv", $"date,{header}\n2026-07-01,99.5\n2026-07-15,99.7\n");

    private static readonly string[] UptmeWarnings =
    [
        "content/data/ops.csv(1,6): warning OKR0230: column 'uptme' matches no KPI and no key result's metric, so its values are shown nowhere; did you mean 'uptime'?",
        "content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: no column or metric is named 'uptime' in the file read, content/data/ops.csv; the nearest unused name is column 'uptme' (content/data/ops.csv line 1); its pages say 'no data yet'",
        "content/okrs/2026-Q3/reliable.md(4,5): warning OKR0341: key result 'kr1' has no current value for 2026-Q3: 'uptime' has no values in the data; add data up to 2026-08-01, or write 'current:'",
    ];

    private static JsonElement Kr(JsonElement report, string objective, string kr) =>
        report.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("id").GetString() == objective)
            .GetProperty("keyResults").EnumerateArray().Single(k => k.GetProperty("id").GetString() == kr);

    private static string Source(JsonElement kr, string name) => kr.GetProperty(name).GetRawText().ReplaceLineEndings(" ");

    /// <summary>A source as report.json writes it: keys without a value left out, and so are a field and a date that repeat the figure's own.</summary>
    private static string Origin(string kind, string? file = null, int? line = null, string? field = null, string? date = null) =>
        JsonSerializer.Serialize(new { kind, file, line, field, date }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_header_typo_builds_with_warnings_that_name_the_cell_and_the_kpi()
    {
        using var site = UptimeSite("uptme");

        var run = CliRun.Of("build", site.Root);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Equal(UptmeWarnings, run.ErrorLines);
        Assert.EndsWith("0 errors, 3 warnings\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("No data yet", site.Read("_site/kpis/uptime/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_typo_fails_a_strict_build_and_writes_nothing()
    {
        using var site = UptimeSite("uptme");

        var run = CliRun.Of("build", site.Root, "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([.. UptmeWarnings.Select(w => w.Replace(": warning OKR", ": error OKR", StringComparison.Ordinal))], run.ErrorLines);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void The_fixed_header_builds_clean_and_the_current_value_names_its_row()
    {
        using var site = UptimeSite("uptime");

        var run = CliRun.Of("build", site.Root);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.EndsWith("0 errors, 0 warnings\n", run.Output, StringComparison.Ordinal);
        var report = JsonDocument.Parse(site.Read("_site/report.json")).RootElement;
        var kr = Kr(report, "reliable", "kr1");
        Assert.Equal(Origin("front-matter", "content/okrs/2026-Q3/reliable.md", 6), Compact(Source(kr, "baselineSource")));
        Assert.Equal(Origin("csv", "content/data/ops.csv", 3), Compact(Source(kr, "currentSource")));
        Assert.Equal(Origin("computed"), Compact(Source(kr, "scoreSource")));
        Assert.Equal(Origin("csv", "content/data/ops.csv", 3), Compact(Source(report.GetProperty("kpis")[0], "latestSource")));
    }

    [Fact]
    public void Northwind_figures_name_the_rows_and_fields_they_came_from()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("build", site.Root);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var report = JsonDocument.Parse(site.Read("_site/report.json")).RootElement;

        // sales.csv: line 2 revenue Jun 30 (100), line 3 revenue Jul 31 (110), line 4 churn Jun 29, line 5 churn Aug 3.
        var revenue = Kr(report, "emea", "kr1");
        Assert.Equal(Origin("csv", "content/data/sales.csv", 2, date: "2026-06-30"), Compact(Source(revenue, "baselineSource")));
        Assert.Equal(Origin("csv", "content/data/sales.csv", 3), Compact(Source(revenue, "currentSource")));
        var churn = Kr(report, "emea", "kr2");
        Assert.Equal(Origin("csv", "content/data/sales.csv", 4, date: "2026-06-29"), Compact(Source(churn, "baselineSource")));
        Assert.Equal(Origin("csv", "content/data/sales.csv", 5), Compact(Source(churn, "currentSource")));

        // The milestone's score is its done: (line 14 of emea.md); it has no baseline or current.
        var partner = Kr(report, "emea", "kr3");
        Assert.Equal(Origin("computed", "content/okrs/2026-Q3/emea.md", 14, "done"), Compact(Source(partner, "scoreSource")));
        Assert.Equal(Origin("none"), Compact(Source(partner, "baselineSource")));
        Assert.Equal(Origin("none"), Compact(Source(partner, "currentSource")));

        // grow.md writes baseline: 80 on line 6; progress: 0.5 on line 9 decides the milestone.
        Assert.Equal(Origin("front-matter", "content/okrs/2026/grow.md", 6), Compact(Source(Kr(report, "grow", "kr1"), "baselineSource")));
        Assert.Equal(Origin("computed", "content/okrs/2026/grow.md", 9, "progress"), Compact(Source(Kr(report, "grow", "kr2"), "scoreSource")));
    }

    [Fact]
    public void The_sample_site_retention_key_result_names_its_rows()
    {
        var result = SiteBuilder.Build(new BuildOptions(Repository.Root, Write: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => !d.Code.StartsWith("OKR05", StringComparison.Ordinal)); // the coach's advice is the sample's to show
        var json = result.Files.Single(f => f.Path == "report.json").Content;
        var kr = Kr(JsonDocument.Parse(json).RootElement, "loyal-customers-q4", "kr1");

        // crm-monthly.csv line 11 is 2026-09-30 (74.6), the last before Q4; line 12 is 2026-10-31 (75.8), the last by asOf.
        Assert.Equal(74.6, kr.GetProperty("baseline").GetDouble());
        Assert.Equal(Origin("csv", "content/data/crm-monthly.csv", 11, date: "2026-09-30"), Compact(Source(kr, "baselineSource")));
        Assert.Equal(75.8, kr.GetProperty("current").GetDouble());
        Assert.Equal(Origin("csv", "content/data/crm-monthly.csv", 12), Compact(Source(kr, "currentSource")));
    }
}
