using System.Text.Json;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// A site written from scratch to the documented format (Fixtures/sites/northwind), built by the CLI; every number
/// in report.json is checked against a hand computation (docs/worked-example.md walks through the same numbers).
/// </summary>
public sealed class NorthwindHandComputedTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("northwind");
    private readonly JsonElement _report;
    private readonly CliRun _run;

    public NorthwindHandComputedTests()
    {
        _run = CliRun.Of("build", _site.Root);
        Assert.True(_run.ExitCode == 0, _run.Error + _run.Output);
        _report = JsonDocument.Parse(_site.Read("_site/report.json")).RootElement;
    }

    public void Dispose() => _site.Dispose();

    private JsonElement Objective(string id) => _report.GetProperty("objectives").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);

    private JsonElement Kpi(string id) => _report.GetProperty("kpis").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);

    private static JsonElement Kr(JsonElement objective, string id) => objective.GetProperty("keyResults").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);

    [Fact]
    public void Build_succeeds_without_diagnostics()
    {
        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(string.Empty, _run.Error);
        Assert.EndsWith("0 errors, 0 warnings\n", _run.Output, StringComparison.Ordinal);
        Assert.Equal("2026-08-15", _report.GetProperty("asOf").GetString());
        Assert.Equal("2026-Q3", _report.GetProperty("period").GetString());
    }

    [Fact]
    public void Quarterly_objective_matches_the_hand_computation()
    {
        var emea = Objective("emea");

        // kr1: baseline = last revenue before Jul 1 = 100 (Jun 30); current = last by Aug 15 = 110 (Jul 31); (110−100)/(130−100) = 1/3.
        var kr1 = Kr(emea, "kr1");
        Assert.Equal(100, kr1.GetProperty("baseline").GetDouble());
        Assert.Equal(110, kr1.GetProperty("current").GetDouble());
        Assert.Equal("2026-07-31", kr1.GetProperty("currentDate").GetString());
        Assert.Equal(0.333333333333, kr1.GetProperty("score").GetDouble()); // 1/3 to 12 significant digits, exactly
        Assert.Equal("at-risk", kr1.GetProperty("status").GetString()); // p = (1/3) / 0.5 = 0.667

        // kr2 (decreasing): baseline 4.0 (Jun 29), current 3.5 (Aug 3); (3.5−4)/(2−4) = 0.25.
        var kr2 = Kr(emea, "kr2");
        Assert.Equal(0.25, kr2.GetProperty("score").GetDouble());
        Assert.Equal("at-risk", kr2.GetProperty("status").GetString()); // p = 0.5

        Assert.Equal(1, Kr(emea, "kr3").GetProperty("score").GetDouble());
        Assert.Equal("milestone", Kr(emea, "kr3").GetProperty("type").GetString());

        // Objective: (1/3·3 + 0.25·1 + 1·1) / 5 = 2.25 / 5 = 0.45; expected = 46/92 = 0.5; p = 0.9 → on track.
        Assert.Equal(0.45, emea.GetProperty("score").GetDouble()); // 2.249999999999 / 5 rounds to 0.45 exactly
        Assert.Equal(0.5, emea.GetProperty("expected").GetDouble());
        Assert.Equal("on-track", emea.GetProperty("status").GetString());
        Assert.Equal(["2026/grow"], emea.GetProperty("alignsTo").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-Q3/emea", emea.GetProperty("key").GetString());
        Assert.Equal("/objectives/2026-Q3/emea/", emea.GetProperty("url").GetString());
    }

    [Fact]
    public void Annual_objective_matches_the_hand_computation()
    {
        var grow = Objective("grow");

        // kr1: explicit baseline 80, current 110 → 30/80 = 0.375; kr2: progress 0.5. Mean 0.4375.
        Assert.Equal(0.375, Kr(grow, "kr1").GetProperty("score").GetDouble());
        Assert.Equal(0.5, Kr(grow, "kr2").GetProperty("score").GetDouble());
        Assert.Equal(0.4375, grow.GetProperty("score").GetDouble());

        // Jan 1 → Aug 15 = 212 + 15 = 227 days of 365; p = 0.4375 / 0.6219 = 0.703 → on track.
        Assert.Equal(0.621917808219, grow.GetProperty("expected").GetDouble()); // 227/365 to 12 significant digits
        Assert.Equal("on-track", grow.GetProperty("status").GetString());
        Assert.Equal(["2026-Q3/emea", "2026-Q4/next"], grow.GetProperty("children").EnumerateArray().Select(e => e.GetString()));
        Assert.False(grow.TryGetProperty("team", out _));
    }

    [Fact]
    public void Next_quarter_has_not_started()
    {
        var next = Objective("next");

        // Baseline and current are both the Jul 31 value (110): score 0, but asOf is before Q4.
        Assert.Equal(0, next.GetProperty("score").GetDouble());
        Assert.Equal(0, next.GetProperty("expected").GetDouble());
        Assert.Equal("not-started", next.GetProperty("status").GetString());
    }

    [Fact]
    public void Kpis_have_latest_health_staleness_and_links()
    {
        var revenue = Kpi("revenue");
        Assert.Equal("2026-07-31", revenue.GetProperty("latest").GetProperty("date").GetString());
        Assert.Equal(110, revenue.GetProperty("latest").GetProperty("value").GetDouble());
        Assert.Equal("warning", revenue.GetProperty("health").GetString()); // 90 < 110 < 120
        Assert.False(revenue.GetProperty("stale").GetBoolean()); // 15 days ≤ 31
        Assert.Equal(["2026-Q3/emea/kr1", "2026/grow/kr1", "2026-Q4/next/kr1"], revenue.GetProperty("linkedKeyResults").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("kpis/revenue/data.csv", revenue.GetProperty("data").GetString());
        Assert.Equal(2, revenue.GetProperty("valueCount").GetInt32());
        Assert.Equal("date,value,note\r\n2026-06-30,100,\r\n2026-07-31,110,Summer deal\r\n", _site.Read("_site/kpis/revenue/data.csv"));

        var churn = Kpi("churn");
        Assert.Equal("warning", churn.GetProperty("health").GetString()); // lower: 2 < 3.5 < 5
        Assert.True(churn.GetProperty("stale").GetBoolean()); // Aug 3 → Aug 15 = 12 days > 7
        Assert.Equal(["2026-Q3/emea/kr2"], churn.GetProperty("linkedKeyResults").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("date,value,note\r\n2026-06-29,4,\r\n2026-08-03,3.5,\r\n", _site.Read("_site/kpis/churn/data.csv")); // 4.0 is the number 4
    }

    [Fact]
    public void Teams_list_their_hierarchy_objectives_and_kpis()
    {
        var sales = _report.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "sales");

        Assert.Equal(["sales-emea"], sales.GetProperty("children").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["2026-Q4/next"], sales.GetProperty("objectives").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["revenue"], sales.GetProperty("kpis").EnumerateArray().Select(e => e.GetString()));
    }

    private JsonElement Summary(string period) => _report.GetProperty("summaries").EnumerateArray().Single(s => s.GetProperty("period").GetString() == period);

    private static string Counts(JsonElement counts) => string.Join(' ', counts.EnumerateObject().Where(p => p.Value.GetInt32() > 0).Select(p => $"{p.Name}={p.Value.GetInt32()}"));

    [Fact]
    public void Period_summaries_match_the_hand_computation()
    {
        Assert.Equal(["2026-Q4", "2026", "2026-Q3"], _report.GetProperty("summaries").EnumerateArray().Select(s => s.GetProperty("period").GetString()));

        // 2026-Q3: emea alone, 0.45 with expected 0.5 → p = 0.9, on track; its KRs are at risk, at risk, on track.
        var q3 = Summary("2026-Q3");
        Assert.Equal(1, q3.GetProperty("objectiveCount").GetInt32());
        Assert.Equal(3, q3.GetProperty("keyResultCount").GetInt32());
        Assert.Equal("on-track=1", Counts(q3.GetProperty("objectivesByStatus")));
        Assert.Equal("on-track=1 at-risk=2", Counts(q3.GetProperty("keyResultsByStatus")));
        Assert.Equal(0.45, q3.GetProperty("score").GetDouble());
        Assert.Equal(0.5, q3.GetProperty("expected").GetDouble());
        Assert.Equal("on-track", q3.GetProperty("status").GetString());
        Assert.Equal(0, q3.GetProperty("needsAttention").GetArrayLength());

        // 2026: grow 0.4375; kr1 p = 0.375 / 0.621917808219 = 0.603 (at risk), kr2 p = 0.5 / 0.6219 = 0.804 (on track).
        var year = Summary("2026");
        Assert.Equal(0.4375, year.GetProperty("score").GetDouble());
        Assert.Equal("on-track=1 at-risk=1", Counts(year.GetProperty("keyResultsByStatus")));
        Assert.Equal("on-track", year.GetProperty("status").GetString());

        // 2026-Q4: next scores 0 but has not started.
        Assert.Equal("not-started", Summary("2026-Q4").GetProperty("status").GetString());

        // Both KPIs are warnings, ordered by name: Churn, Revenue (churn is also stale).
        Assert.Equal(["churn", "revenue"], _report.GetProperty("attention").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Team_roll_ups_include_the_objectives_of_sub_teams()
    {
        // sales owns next (2026-Q4); its sub-team sales-emea owns emea (2026-Q3, 0.45, on track).
        var sales = _report.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "sales").GetProperty("rollups");
        Assert.Equal(["2026-Q4", "2026-Q3"], sales.EnumerateArray().Select(r => r.GetProperty("period").GetString()));
        Assert.Equal("not-started", sales[0].GetProperty("status").GetString());
        Assert.Equal(0.45, sales[1].GetProperty("score").GetDouble());
        Assert.Equal("on-track=1", Counts(sales[1].GetProperty("objectivesByStatus")));
    }

    [Fact]
    public void Kpi_changes_and_key_result_windows_and_plans_match_the_hand_computation()
    {
        // revenue: latest 110 (Jul 31), previous 100 (Jun 30): change +10; target 150: 40 to go; 15 days old.
        var revenue = Kpi("revenue");
        Assert.Equal(100, revenue.GetProperty("previous").GetProperty("value").GetDouble());
        Assert.Equal(10, revenue.GetProperty("change").GetDouble());
        Assert.Equal(40, revenue.GetProperty("toTarget").GetDouble());
        Assert.Equal(15, revenue.GetProperty("ageDays").GetInt32());

        // churn: 4.0 → 3.5: change −0.5; no target.
        var churn = Kpi("churn");
        Assert.Equal(-0.5, churn.GetProperty("change").GetDouble());
        Assert.False(churn.TryGetProperty("toTarget", out _));

        // emea/kr1: the Jun 30 baseline point and Jul 31 in the period; plan 100 + 30 × 0.5 = 115.
        var kr1 = Kr(Objective("emea"), "kr1");
        Assert.Equal("""{"from":"2026-06-30","to":"2026-07-31","count":2}""", JsonSerializer.Serialize(kr1.GetProperty("window")));
        Assert.Equal(115, kr1.GetProperty("plan").GetDouble());
        Assert.Equal("revenue", kr1.GetProperty("kpi").GetString());

        // next/kr1 (2026-Q4, not started): only the baseline point, Jul 31.
        Assert.Equal("""{"from":"2026-07-31","to":"2026-07-31","count":1}""", JsonSerializer.Serialize(Kr(Objective("next"), "kr1").GetProperty("window")));
        Assert.False(Kr(Objective("emea"), "kr3").TryGetProperty("window", out _)); // a milestone
    }
}
