using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Tests.Compute;

/// <summary>
/// A closed period is reported as of its last day: a committed Q3 objective, the same team's Q4 and annual objectives
/// on the same KPI, and data that goes on after Q3 (asOf 16 Nov 2026).
/// </summary>
public class ClosedPeriodTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 16);
    private static readonly Period Q3 = Period.Parse("2026-Q3");
    private static readonly Period Q4 = Period.Parse("2026-Q4");
    private static readonly Period Year = Period.Parse("2026");

    private static DataPoint P(int month, int day, double value) => new(new DateOnly(2026, month, day), value);

    private static readonly DataSet Data = new(
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create("retention", new Series("retention", [P(8, 31, 73.9), P(9, 30, 74.6), P(10, 31, 75.8), P(11, 30, 77)])),
        }),
        []);

    private static KeyResultDefinition Retention(double? baseline, double target) =>
        new("kr1", default, "Retention", KeyResultType.Metric, new Located<string>("retention", default), baseline, target, null, "%", 1, false, null, null);

    private static ObjectiveDefinition Objective(string id, Period period, string? team, KeyResultDefinition kr, ObjectiveKind kind = ObjectiveKind.Aspirational) =>
        new ObjectiveDefinition(id, default, id, period, team is null ? null : new Located<string>(team, default), null, [], [kr], MarkdownText.Empty) { Kind = kind };

    private static readonly Report Report = ReportBuilder.Build(
        SiteConfig.Default("t"),
        new ContentSet(
            [],
            [new KpiDefinition("retention", default, "Retention", "%", Direction.Higher, null, Frequency.Monthly, null, null, null, 80, 75, 72, MarkdownText.Empty)],
            [
                Objective("q3", Q3, "cs", Retention(73, 75), ObjectiveKind.Committed),
                Objective("q4", Q4, "cs", Retention(null, 78)),
                Objective("year", Year, "cs", Retention(72, 80)),
                Objective("other", Q4, "web", Retention(74, 76)),
            ],
            null),
        Data,
        AsOf,
        Q4);

    private static Objective O(string key) => Report.Objectives.Single(o => o.Key == key);

    [Fact]
    public void A_key_result_of_a_closed_period_reads_the_value_of_its_last_day_and_gets_a_verdict_by_its_objectives_kind()
    {
        var q3 = O("2026-Q3/q3");
        var kr = Assert.Single(q3.KeyResults);

        // Sep 30: 74.6, not Oct 31's 75.8; (74.6 − 73) / (75 − 73) = 0.8.
        Assert.Equal(74.6, kr.Current);
        Assert.Equal(new DateOnly(2026, 9, 30), kr.CurrentDate);
        Assert.Equal(0.8, kr.Score);
        Assert.True(q3.Final);
        Assert.Equal(ObjectiveKind.Committed, q3.Kind);
        Assert.Equal(Verdict.Missed, q3.Verdict); // committed: only 1.0 is achieved
        Assert.Equal(Verdict.Missed, kr.Verdict);
        Assert.Equal(Status.AtRisk, q3.Status); // committed, ended: p = 0.8 ≥ 0.7 but < 1
    }

    [Fact]
    public void A_running_period_is_not_final_and_has_no_verdict()
    {
        var q4 = O("2026-Q4/q4");

        Assert.False(q4.Final);
        Assert.Null(q4.Verdict);
        Assert.Null(q4.KeyResults[0].Verdict);
        var summary = Report.Summaries.Single(s => s.Period == Q4);
        Assert.False(summary.Final);
        Assert.Null(summary.Verdict);
        Assert.Empty(summary.Kpis);
        Assert.Empty(summary.KpiAttention);
    }

    [Fact]
    public void The_summary_of_a_closed_period_holds_its_verdicts_and_the_kpis_of_its_last_day()
    {
        var summary = Report.Summaries.Single(s => s.Period == Q3);

        Assert.True(summary.Final);
        Assert.Equal(Verdict.Achieved, summary.Verdict); // the headline 0.8, graded like an aspirational objective
        Assert.Equal(new VerdictCounts(0, 0, 1, 0), summary.ObjectiveVerdicts);

        // On Sep 30 retention was 74.6, below green 75: a warning; previous Aug 31 73.9, change 0.7.
        var kpi = Assert.Single(summary.Kpis);
        Assert.Equal((new DateOnly(2026, 9, 30), P(9, 30, 74.6), P(8, 31, 73.9), 0.7, KpiHealth.Warning, false), (kpi.AsOf, kpi.Latest, kpi.Previous, kpi.Change, kpi.Health, kpi.Stale));
        Assert.Equal(["retention"], summary.KpiAttention.AsEnumerable());

        // Today (Oct 31: 75.8) it is healthy, and the site-wide attention list is empty.
        Assert.Equal(KpiHealth.Healthy, Report.Kpis[0].Health);
        Assert.Empty(Report.Attention);
    }

    [Fact]
    public void A_kpi_carries_its_key_results_forward_quarter_by_quarter_then_the_year()
    {
        var story = Report.Kpis[0].CarriedForward;

        Assert.Equal(["2026-Q3/q3/kr1", "2026-Q4/other/kr1", "2026-Q4/q4/kr1", "2026/year/kr1"], story.Select(c => c.KeyResult));
        Assert.Equal((73.0, 75.0, 74.6, Verdict.Missed), (story[0].Baseline!.Value, story[0].Target!.Value, story[0].Result!.Value, story[0].Verdict!.Value));

        // Q4's baseline is the last value before Oct 1: Sep 30's 74.6, where Q3 ended.
        Assert.Equal((74.6, 78.0, 75.8), (story[2].Baseline!.Value, story[2].Target!.Value, story[2].Result!.Value));
        Assert.Null(story[2].Verdict);
        Assert.Equal((Year, 72.0, 80.0), (story[3].Period, story[3].Baseline!.Value, story[3].Target!.Value));
    }

    [Fact]
    public void Objectives_of_one_team_in_periods_that_contain_one_another_link_both_ways()
    {
        Assert.Equal(["2026/year"], O("2026-Q3/q3").Enclosing.AsEnumerable());
        Assert.Equal(["2026/year"], O("2026-Q4/q4").Enclosing.AsEnumerable());
        Assert.Empty(O("2026-Q4/q4").Nested);
        Assert.Equal(["2026-Q3/q3", "2026-Q4/q4"], O("2026/year").Nested.AsEnumerable());
        Assert.Empty(O("2026/year").Enclosing);

        // Another team's quarter is not this team's year.
        Assert.Empty(O("2026-Q4/other").Enclosing);
    }

    [Fact]
    public void A_closed_period_is_evaluated_overall_and_per_team()
    {
        var evaluation = Assert.Single(Report.Evaluations, e => e.Team is null);

        Assert.Equal(Q3, evaluation.Period);
        Assert.Equal(["2026-Q3/q3"], evaluation.Objectives.AsEnumerable());
        Assert.Equal(["2026-Q3/q3"], evaluation.CommittedMissed.AsEnumerable());
        Assert.Equal(new GradeBands(0, 0, 1, 0, 0), evaluation.KeyResultBands);
        Assert.Equal(["cs"], Report.Evaluations.Where(e => e.Team is not null).Select(e => e.Team));
    }

    [Fact]
    public void Within_lists_the_shorter_periods_of_a_year_and_a_half_earliest_first_a_half_before_its_quarters()
    {
        Assert.Equal(["2026-H1", "2026-Q1", "2026-Q2", "2026-H2", "2026-Q3", "2026-Q4"], CarriedForward.Within(Year).Select(p => p.ToString()));
        Assert.Equal(["2026-Q3", "2026-Q4"], CarriedForward.Within(Period.Parse("2026-H2")).Select(p => p.ToString()));
        Assert.Empty(CarriedForward.Within(Q3));
    }
}
