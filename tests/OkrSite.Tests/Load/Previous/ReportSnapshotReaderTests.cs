using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Previous;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;
using static OkrSite.Tests.Load.Previous.PreviousReportJson;

namespace OkrSite.Tests.Load.Previous;

public class ReportSnapshotReaderTests
{
    private static (ComparisonSnapshot? Snapshot, IReadOnlyList<Diagnostic> Diagnostics) Read(string json) =>
        Diagnose.Run(bag => ReportSnapshotReader.Read(Encoding.UTF8.GetBytes(json), "old.json", bag));

    private static Diagnostic Only(string json, DiagnosticCode code)
    {
        var (snapshot, diagnostics) = Read(json);
        Assert.Null(snapshot);
        return Diagnose.Single(diagnostics, code);
    }

    [Fact]
    public void Reads_what_a_build_of_the_northwind_fixture_writes()
    {
        using var site = TempSite.CopyOf("northwind");
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        var json = result.Files.Single(f => f.Path == SitePaths.ReportJson).Content;

        var (snapshot, diagnostics) = Diagnose.Run(bag => ReportSnapshotReader.Read(json, "report.json", bag));

        Assert.Empty(diagnostics);
        var report = result.Report!;
        Assert.Equal(report.AsOf, snapshot!.AsOf);
        Assert.Equal(report.Period, snapshot.Period);
        Assert.Equal(report.Config.Title, snapshot.Title);
        Assert.Equal(report.Objectives.Select(o => (o.Key, o.Status, o.Score, o.KeyResults.Length)), snapshot.Objectives.Select(o => (o.Key, o.Status, o.Score, o.KeyResults.Length)));
        Assert.Equal(
            report.Objectives.SelectMany(o => o.KeyResults).Select(k => (k.Id, k.Status, k.Score, k.Current, k.Unit)),
            snapshot.Objectives.SelectMany(o => o.KeyResults).Select(k => (k.Id, k.Status, k.Score, k.Current, k.Unit)));
        Assert.Equal(report.Kpis.Select(k => (k.Id, k.Health, k.Latest?.Date, k.Latest?.Value)), snapshot.Kpis.Select(k => (k.Id, k.Health, k.Latest?.Date, k.Latest?.Value)));
    }

    [Fact]
    public void Reads_a_file_with_only_the_keys_the_comparison_needs_as_an_older_build_writes()
    {
        var (snapshot, diagnostics) = Read(Minimal());

        Assert.Empty(diagnostics);
        var objective = Assert.Single(snapshot!.Objectives);
        Assert.Equal(("2026-Q4/grow", "grow", Status.AtRisk, 0.4, "sales"), (objective.Key, objective.Id, objective.Status, objective.Score, objective.Team));
        Assert.Null(objective.Confidence);
        Assert.Null(objective.Kind);
        Assert.Equal(new SnapshotKeyResult("kr1", "Revenue", Status.AtRisk, 0.4, 12.5, "k€", null), Assert.Single(objective.KeyResults));
        var kpi = Assert.Single(snapshot.Kpis);
        Assert.Equal((KpiHealth.Warning, new DateOnly(2026, 11, 1), 2.5), (kpi.Health, kpi.Latest!.Value.Date, kpi.Latest.Value.Value));
    }

    [Fact]
    public void Reads_a_file_whose_period_summaries_lack_the_kpis_a_later_build_added_to_them()
    {
        // OkrSite 0.12 wrote summaries without "kpis" (closed periods' KPIs came later): a key of the same name as
        // the top-level KPI list, which only the top level must have.
        var summary = """ "summaries": [{ "period": "2026-Q4", "objectiveCount": 1, "keyResultCount": 1, "score": 0.4, "expected": 0.5, "status": "at-risk" }],""";

        var (snapshot, diagnostics) = Read(Report(Objective(), Kpi(), extra: summary));

        Assert.Empty(diagnostics);
        Assert.Single(snapshot!.Objectives);
        Assert.Single(snapshot.Kpis);
    }

    [Fact]
    public void Reads_the_check_in_and_grade_fields_by_their_contract_names_and_ignores_keys_it_does_not_know()
    {
        var json = Report(
            Objective(extra: """, "confidence": 6.5, "confidenceChange": -1, "kind": "committed", "final": true, "verdict": "missed", "fromTheFuture": {}""", krExtra: """, "confidence": 3, "checkIns": []"""),
            Kpi(),
            extra: """ "somethingNew": [1, 2],""");

        var (snapshot, diagnostics) = Read(json);

        Assert.Empty(diagnostics);
        var objective = Assert.Single(snapshot!.Objectives);
        Assert.Equal((6.5, "committed", "missed"), (objective.Confidence, objective.Kind, objective.Verdict));
        Assert.Equal(3, Assert.Single(objective.KeyResults).Confidence);
    }

    [Fact]
    public void A_byte_order_mark_is_read_past()
    {
        var (snapshot, diagnostics) = Read("\uFEFF" + Minimal());

        Assert.Empty(diagnostics);
        Assert.NotNull(snapshot);
    }

    [Fact]
    public void Invalid_json_is_an_error_at_its_line()
    {
        var diagnostic = Only("{\n  \"version\": 2,\n  \"title\": \n}", Codes.PreviousReportUnreadable);

        Assert.Equal(("old.json", 4), (diagnostic.File, diagnostic.Line));
        Assert.Contains("not valid JSON", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_error_page_saved_by_a_failed_download_is_not_json()
    {
        Assert.Contains("not valid JSON", Only("<!doctype html><title>404</title>", Codes.PreviousReportUnreadable).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_array_is_not_a_report()
    {
        Assert.Contains("JSON array", Only("[1, 2]", Codes.PreviousReportUnreadable).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_version_2_file_whose_kpis_hold_their_series_and_a_version_3_file_that_links_it()
    {
        var series = Kpi(latest: """{ "date": "2026-11-01", "value": 2.5 }, "series": [{ "date": "2026-11-01", "value": 2.5, "note": null }]""");
        var linked = Kpi(latest: """{ "date": "2026-11-01", "value": 2.5 }, "data": "kpis/churn/data.csv", "valueCount": 1""");

        var (old, oldDiagnostics) = Read(Report(Objective(), series));
        var (current, currentDiagnostics) = Read(Report(Objective(), linked, version: "\"version\": 3,"));

        Assert.Empty(oldDiagnostics);
        Assert.Empty(currentDiagnostics);
        Assert.Equal(old!.Kpis.Single(), current!.Kpis.Single());
        Assert.Equal(new DataPoint(new DateOnly(2026, 11, 1), 2.5), current.Kpis.Single().Latest);
    }

    [Fact]
    public void A_version_4_file_leaves_out_what_versions_2_and_3_wrote_as_null_and_reads_the_same()
    {
        var withNulls = Report(Objective(score: "null", extra: ", \"confidence\": null, \"verdict\": null", krExtra: ", \"confidence\": null") .Replace("\"current\": 12.5, \"unit\": \"k€\"", "\"current\": null, \"unit\": null", StringComparison.Ordinal), Kpi(latest: "null"), version: "\"version\": 3,");
        var leftOut = Report(Objective(score: "0").Replace(", \"score\": 0", string.Empty, StringComparison.Ordinal).Replace(", \"current\": 12.5, \"unit\": \"k€\"", string.Empty, StringComparison.Ordinal), Kpi(latest: "null").Replace(", \"latest\": null", string.Empty, StringComparison.Ordinal), version: "\"version\": 4,");

        var (old, oldDiagnostics) = Read(withNulls);
        var (current, currentDiagnostics) = Read(leftOut);

        Assert.Empty(oldDiagnostics);
        Assert.Empty(currentDiagnostics);
        Assert.DoesNotContain("\"score\"", leftOut, StringComparison.Ordinal);
        Assert.DoesNotContain("\"latest\"", leftOut, StringComparison.Ordinal);
        Assert.Null(current!.Objectives.Single().Score);
        Assert.Null(current.Objectives.Single().KeyResults.Single().Current);
        Assert.Null(current.Kpis.Single().Latest);
        Assert.Equal(old!.Kpis.Single(), current.Kpis.Single());
        Assert.Equal(old.Objectives.Single().KeyResults.Single(), current.Objectives.Single().KeyResults.Single());
    }

    [Fact]
    public void A_version_4_file_is_still_checked_against_the_schema()
    {
        var diagnostic = Only(Report(Objective(score: "\"0.4\""), Kpi(), version: "\"version\": 4,"), Codes.PreviousReportInvalid);

        Assert.Contains("/objectives/0/score", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_3_file_is_still_checked_against_the_schema()
    {
        var diagnostic = Only(Report(Objective(), Kpi(latest: """{ "date": "2026-11-01", "value": 2.5 }, "data": 7"""), version: "\"version\": 3,"), Codes.PreviousReportInvalid);

        Assert.Contains("/kpis/0/data", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_version_is_version_1()
    {
        Assert.Contains("version 1", Only(Report(Objective(), Kpi(), version: string.Empty), Codes.PreviousReportVersion).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"2\"")]
    [InlineData("2.0")]
    [InlineData("3.0")]
    public void Another_version_is_refused_with_what_this_okrsite_reads(string version)
    {
        var diagnostic = Only(Report(Objective(), Kpi(), version: $"\"version\": {version},"), Codes.PreviousReportVersion);

        Assert.Contains("reads versions 2, 3 and 4", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void A_status_outside_the_schema_is_named_with_its_line()
    {
        var json = Report(Objective(status: "great"), Kpi());
        var diagnostic = Only(json, Codes.PreviousReportInvalid);

        Assert.Contains("/objectives/0/keyResults/0/status", diagnostic.Message, StringComparison.Ordinal);
        var line = json.Split('\n').Select((text, i) => (text, i)).First(x => x.text.Contains("\"great\"", StringComparison.Ordinal)).i + 1;
        Assert.Equal(line, diagnostic.Line);
    }

    [Fact]
    public void A_score_written_as_text_is_never_read_as_a_number()
    {
        Assert.Contains("/objectives/0/score", Only(Report(Objective(score: "\"0.4\""), Kpi()), Codes.PreviousReportInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_the_comparison_reads_is_an_error()
    {
        var json = Report(Objective(), Kpi()).Replace("\"health\": \"warning\", ", string.Empty, StringComparison.Ordinal);

        Assert.Contains("health", Only(json, Codes.PreviousReportInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_beyond_the_range_of_double_is_an_error_not_infinity()
    {
        var diagnostic = Only(Report(Objective(score: "1e400"), Kpi()), Codes.PreviousReportInvalid);

        Assert.Contains("1e400", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("beyond the range", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objective_key_given_twice_is_an_error()
    {
        Assert.Contains("given twice", Only(Report(Objective() + "," + Objective(), Kpi()), Codes.PreviousReportInvalid).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("0001-01-01")]
    public void A_date_the_pattern_lets_through_but_no_calendar_has_is_an_error(string date)
    {
        Assert.Contains(date, Only(Report(Objective(), Kpi(), asOf: date), Codes.PreviousReportInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_an_error_not_a_crash()
    {
        Assert.Contains("surrogate", Only(Minimal().Replace("Acme OKRs", "Acme \\ud800", StringComparison.Ordinal), Codes.PreviousReportInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_problems_are_capped_in_one_message()
    {
        var objectives = string.Join(",", Enumerable.Range(0, 5).Select(i => Objective(key: $"2026-Q4/o{i}", status: "great")));
        var diagnostic = Only(Report(objectives, Kpi()), Codes.PreviousReportInvalid);

        Assert.Contains("more)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/objectives/3/status", "objectives[3].status")]
    [InlineData("/asOf", "asOf")]
    [InlineData("", "")]
    [InlineData("/a~1b/0", "a/b[0]")]
    public void Schema_pointers_map_to_the_position_paths(string pointer, string path)
    {
        Assert.Equal(path, ReportSnapshotReader.PathOf(pointer));
    }
}
