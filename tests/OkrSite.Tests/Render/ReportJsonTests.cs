using System.Text;
using System.Text.Json;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

public class ReportJsonTests
{
    private static Report Report(string title = "Acme", double? score = 0.1 + 0.2) =>
        new(
            SiteConfig.Default(title),
            new DateOnly(2026, 8, 15),
            Period.Parse("2026-Q3"),
            [
                new Objective("o", "Title with <script>alert('x')</script> & \"quotes\"", Period.Parse("2026-Q3"), null, null, [], [], score, 0.5, Status.OnTrack,
                [
                    new KeyResult("kr1", "Ünïcode ✓", KeyResultType.Metric, "m", null, null, ValueSource.None, 5, null, ValueSource.None, null, 1, false, null, null, false, Status.NoData, default),
                ], MarkdownText.Empty, default),
            ],
            [new Kpi("m", "M", null, Direction.Lower, null, null, null, null, null, null, null, null, null, KpiHealth.NoData, false, [], new Series("m", []), MarkdownText.Empty, default)],
            [],
            null,
            [new Diagnostic(Severity.Warning, "OKR0003", "unknown key", "site.json", 3, 0)]);

    private static JsonElement Parse(Report report)
    {
        var json = ReportJson.Write(report);
        ReportSchema.AssertValid(json);
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void Numbers_are_written_at_full_round_trip_precision() =>
        Assert.Contains("\"score\":0.30000000000000004", Encoding.UTF8.GetString(ReportJson.Write(Report())), StringComparison.Ordinal);

    [Fact]
    public void Absent_values_are_left_out_never_null()
    {
        var kr = Parse(Report(score: null)).GetProperty("objectives")[0].GetProperty("keyResults")[0];

        Assert.False(kr.TryGetProperty("baseline", out _));
        Assert.False(kr.TryGetProperty("current", out _));
        Assert.False(kr.TryGetProperty("score", out _));
        Assert.Equal("no-data", kr.GetProperty("status").GetString());
        Assert.False(Parse(Report()).GetProperty("kpis")[0].TryGetProperty("latest", out _));
        Assert.DoesNotContain("null", Encoding.UTF8.GetString(ReportJson.Write(Report(score: null))), StringComparison.Ordinal);
        Assert.DoesNotContain("null", Encoding.UTF8.GetString(ReportJson.Write(Figures())), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_sensitive_characters_are_escaped_so_the_json_is_safe_inline()
    {
        var text = Encoding.UTF8.GetString(ReportJson.Write(Report()));

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("</script>", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        Assert.Contains("Ünïcode ✓", text, StringComparison.Ordinal); // readable, not \u escapes
        Assert.Equal("Title with <script>alert('x')</script> & \"quotes\"", Parse(Report()).GetProperty("objectives")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Uses_camel_case_kebab_case_values_lf_and_a_final_newline()
    {
        var bytes = ReportJson.Write(Report());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2026-08-15\"", text, StringComparison.Ordinal);
        Assert.Contains("\"keyResults\"", text, StringComparison.Ordinal);
        Assert.Contains("\"linkedKeyResults\"", text, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"on-track\"", text, StringComparison.Ordinal);
        Assert.Contains("\"direction\":\"lower\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_carry_severity_code_and_position()
    {
        var diagnostic = Parse(Report()).GetProperty("diagnostics")[0];

        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("OKR0003", diagnostic.GetProperty("code").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.False(diagnostic.TryGetProperty("column", out _));
    }

    [Fact]
    public void Top_level_fields_are_in_the_documented_order()
    {
        var names = Parse(Report()).EnumerateObject().Select(p => p.Name);

        Assert.Equal(["$schema", "version", "title", "asOf", "period", "baseUrl", "scoring", "periods", "summaries", "attention", "objectives", "kpis", "teams", "evaluations", "coach", "frozen", "diagnostics"], names);
    }

    private static DataPoint P(int month, int day, double value) => new(new DateOnly(2026, month, day), value);

    /// <summary>A report with every figure the pages show, set by hand.</summary>
    private static Report Figures()
    {
        var q3 = Period.Parse("2026-Q3");
        var series = new Series("m", [P(6, 30, 1), P(7, 31, 2), P(8, 10, 3), P(9, 30, 4)]);
        var kr = new KeyResult("kr1", "K", KeyResultType.Metric, "m", null, 1, ValueSource.Data, 5, 3, ValueSource.Data, new DateOnly(2026, 8, 10), 1, false, null, 0.5, false, Status.OnTrack, default)
        {
            Kpi = "m",
            Window = series.Window(q3.Start, new DateOnly(2026, 8, 15)),
        };
        var objective = new Objective("o", "O", q3, "t", null, [], [], 0.2, 0.5, Status.OffTrack, [kr], MarkdownText.Empty, default);
        var kpi = new Kpi("m", "M", null, Direction.Higher, null, null, null, null, null, 5, 4, 1, P(8, 10, 3), KpiHealth.Warning, false, [], series, MarkdownText.Empty, default)
        {
            Previous = P(7, 31, 2),
            Change = 1,
            ToTarget = 2,
            TargetGap = 2,
            TargetMet = false,
            Movement = KpiMovement.Better,
            AgeDays = 5,
        };
        var counts = new StatusCounts(0, 0, 1, 0, 0);
        var team = new Team("t", "T", null, [], ["o"], [], MarkdownText.Empty, default) { Rollups = [new TeamRollup(q3, 1, counts, 0.2, Status.OffTrack)] };
        return new Report(SiteConfig.Default("f"), new DateOnly(2026, 8, 15), q3, [objective], [kpi], [team], null, [])
        {
            Summaries = [new PeriodSummary(q3, 1, 1, counts, new StatusCounts(0, 0, 0, 0, 1), 0.2, 0.5, Status.OffTrack, [objective])
            {
                Behind = 1,
                Groups = [new ObjectiveGroup(ObjectiveGroupKind.NotAligned, null, ["2026-Q3/o"], [])],
            }],
            Attention = [kpi],
        };
    }

    [Fact]
    public void Period_summaries_hold_counts_per_status_the_headline_and_what_needs_attention()
    {
        var summary = Assert.Single(Parse(Figures()).GetProperty("summaries").EnumerateArray());

        Assert.Equal(
            ["period", "objectiveCount", "keyResultCount", "objectivesByStatus", "keyResultsByStatus", "score", "expected", "status", "needsAttention", "behind", "groups", "final", "objectivesByVerdict", "kpis", "kpiAttention"],
            summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-Q3", summary.GetProperty("period").GetString());
        Assert.Equal(
            ["on-track=0", "at-risk=0", "off-track=1", "not-started=0", "no-data=0"],
            summary.GetProperty("objectivesByStatus").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}"));
        Assert.Equal(1, summary.GetProperty("keyResultsByStatus").GetProperty("on-track").GetInt32());
        Assert.Equal(0.2, summary.GetProperty("score").GetDouble());
        Assert.Equal("off-track", summary.GetProperty("status").GetString());
        Assert.Equal(["2026-Q3/o"], summary.GetProperty("needsAttention").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, summary.GetProperty("behind").GetInt32());
        Assert.Equal("""[{"kind":"not-aligned","objectives":["2026-Q3/o"],"alsoAligned":[]}]""", JsonSerializer.Serialize(summary.GetProperty("groups")));
        Assert.Equal(["m"], Parse(Figures()).GetProperty("attention").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_key_result_has_its_kpi_and_its_window_as_bounds_and_count_not_points()
    {
        var kr = Parse(Figures()).GetProperty("objectives")[0].GetProperty("keyResults")[0];

        Assert.Equal("m", kr.GetProperty("kpi").GetString());
        Assert.Equal("""{"from":"2026-06-30","to":"2026-08-10","count":3}""", JsonSerializer.Serialize(kr.GetProperty("window")));
        var absent = Parse(Report()).GetProperty("objectives")[0].GetProperty("keyResults")[0];
        Assert.False(absent.TryGetProperty("window", out _));
        Assert.False(absent.TryGetProperty("kpi", out _));
    }

    [Fact]
    public void A_kpi_has_its_previous_value_change_distance_to_target_and_age_left_out_when_absent()
    {
        var kpi = Parse(Figures()).GetProperty("kpis")[0];
        Assert.Equal("""{"date":"2026-07-31","value":2}""", JsonSerializer.Serialize(kpi.GetProperty("previous")));
        Assert.Equal(1, kpi.GetProperty("change").GetDouble());
        Assert.Equal(2, kpi.GetProperty("toTarget").GetDouble());
        Assert.Equal(2, kpi.GetProperty("targetGap").GetDouble());
        Assert.False(kpi.GetProperty("targetMet").GetBoolean());
        Assert.Equal("better", kpi.GetProperty("movement").GetString());
        Assert.Equal(5, kpi.GetProperty("ageDays").GetInt32());

        var none = Parse(Report()).GetProperty("kpis")[0];
        foreach (var name in new[] { "previous", "change", "toTarget", "targetGap", "targetMet", "movement", "ageDays" })
        {
            Assert.False(none.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void A_team_has_its_roll_ups_per_period()
    {
        var rollup = Assert.Single(Parse(Figures()).GetProperty("teams")[0].GetProperty("rollups").EnumerateArray());

        Assert.Equal(["period", "objectiveCount", "objectivesByStatus", "score", "status", "objectivesByVerdict"], rollup.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, rollup.GetProperty("objectivesByStatus").GetProperty("off-track").GetInt32());
        Assert.Equal(0.2, rollup.GetProperty("score").GetDouble());
    }
    [Fact]
    public void A_coach_finding_is_in_coach_only_and_other_warnings_stay_in_diagnostics()
    {
        var finding = new Finding("OKR0501", "key-result-count", "Key results", "objective O has 1 key result", "add another", FindingSubject.Objective, "2026-Q3/o", "O", null, Period.Parse("2026-Q3"), new SourceSpan("content/okrs/o.md", 2, 1));
        var report = Report() with { Diagnostics = [.. Report().Diagnostics, OkrSite.Core.Coach.OkrCoach.AsDiagnostic(finding)], Findings = [finding] };
        var root = Parse(report);

        Assert.Equal("OKR0501", Assert.Single(root.GetProperty("coach").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(["OKR0003"], root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    [Fact]
    public void A_source_leaves_out_only_the_field_and_date_that_repeat_the_figure()
    {
        var q3 = Period.Parse("2026-Q3");
        var row = new SourceSpan("content/data/d.csv", 7);
        var kr = new KeyResult("kr1", "K", KeyResultType.Metric, "m", null, 1, ValueSource.Data, 5, 3, ValueSource.Data, new DateOnly(2026, 8, 10), 1, false, null, 0.5, false, Status.OnTrack, default)
        {
            // The baseline's row names another column (a renamed export): its field stays; a frozen current has a date but no source.
            BaselineOrigin = new ValueOrigin(OriginKind.Csv, row, "m-old", new DateOnly(2026, 6, 30)),
            CurrentOrigin = ValueOrigin.None,
            ScoreOrigin = new ValueOrigin(OriginKind.Manual, new SourceSpan("content/okrs/o.md", 9), "score"),
        };
        var report = Report() with { Objectives = [new Objective("o", "O", q3, null, null, [], [], 0.5, 0.5, Status.OnTrack, [kr], MarkdownText.Empty, default)] };
        var written = Parse(report).GetProperty("objectives")[0].GetProperty("keyResults")[0];

        Assert.Equal("""{"kind":"csv","file":"content/data/d.csv","line":7,"field":"m-old","date":"2026-06-30"}""", written.GetProperty("baselineSource").GetRawText());
        Assert.Equal("""{"kind":"none"}""", written.GetProperty("currentSource").GetRawText());
        Assert.Equal("""{"kind":"manual","file":"content/okrs/o.md","line":9}""", written.GetProperty("scoreSource").GetRawText());
    }

    [Fact]
    public void A_source_whose_kind_always_has_a_date_is_never_written_without_one()
    {
        var kr = Report().Objectives[0].KeyResults[0] with { CurrentDate = new DateOnly(2026, 8, 10) };
        kr = kr with { CurrentOrigin = new ValueOrigin(OriginKind.Csv, new SourceSpan("content/data/d.csv", 7), "m") };
        var report = Report() with { Objectives = [Report().Objectives[0] with { KeyResults = [kr] }] };

        Assert.Throws<InvalidOperationException>(() => ReportJson.Write(report));
    }
}
