using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Tests.Compute;

public class ReportBuilderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 16);
    private static readonly Period Q4 = Period.Parse("2026-Q4");

    private static DataPoint P(int month, int day, double value) => new(new DateOnly(2026, month, day), value);

    private static readonly DataSet Data = new(
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create("retention", new Series("retention", [P(8, 31, 73.9), P(9, 30, 74.6), P(10, 31, 75.8), P(11, 30, 77)])),
            KeyValuePair.Create("churn", new Series("churn", [P(11, 1, 4)])),
            KeyValuePair.Create("signups", new Series("signups", [P(6, 30, 10), P(10, 15, 20), P(11, 10, 30), P(12, 20, 40)])),
        }),
        []);

    private static KpiDefinition Kpi(string id, double? target = null) =>
        new(id, default, id, "%", Direction.Higher, null, Frequency.Monthly, null, null, null, target, null, null, MarkdownText.Empty);

    private static KeyResultDefinition Metric(string id, string metric) =>
        new(id, default, id, KeyResultType.Metric, new Located<string>(metric, default), null, 100, null, null, 1, false, null, null);

    private static Report Build(params KeyResultDefinition[] keyResults) => ReportBuilder.Build(
        SiteConfig.Default("t"),
        new ContentSet(
            [],
            [Kpi("retention", 78), Kpi("churn")],
            [new ObjectiveDefinition("o", default, "O", Q4, null, null, [], [.. keyResults], MarkdownText.Empty)],
            null),
        Data,
        AsOf,
        Q4);

    [Fact]
    public void A_kpi_has_its_previous_value_the_change_since_and_the_distance_to_its_target()
    {
        var retention = Build().Kpis.Single(k => k.Id == "retention");

        // Up to asOf (Nov 16): latest 75.8 (Oct 31), previous 74.6 (Sep 30); the Nov 30 value is after asOf.
        Assert.Equal(P(10, 31, 75.8), retention.Latest);
        Assert.Equal(P(9, 30, 74.6), retention.Previous);
        Assert.Equal(1.2, retention.Change); // 75.8 − 74.6 = 1.1999999999999886 in binary
        Assert.Equal(2.2, retention.ToTarget); // 78 − 75.8
        Assert.Equal(2.2, retention.TargetGap); // higher is better: 2.2 still to go
        Assert.False(retention.TargetMet);
        Assert.Equal(KpiMovement.Better, retention.Movement); // up, and up is better
        Assert.Equal(16, retention.AgeDays);
    }

    [Fact]
    public void A_kpi_with_one_value_has_no_previous_and_no_change_and_without_a_target_no_distance()
    {
        var churn = Build().Kpis.Single(k => k.Id == "churn");

        Assert.Null(churn.Previous);
        Assert.Null(churn.Change);
        Assert.Null(churn.ToTarget);
        Assert.Null(churn.TargetGap);
        Assert.Null(churn.TargetMet);
        Assert.Null(churn.Movement);
        Assert.Equal(15, churn.AgeDays);
    }

    [Fact]
    public void A_metric_key_result_holds_the_window_its_chart_shows_as_a_slice_of_the_series()
    {
        var kr = Build(Metric("kr1", "signups")).Objectives[0].KeyResults[0];

        // The last value before Oct 1 (Jun 30), then Oct 1 … Nov 16: Oct 15 and Nov 10; Dec 20 is after asOf.
        var window = Assert.IsType<SeriesWindow>(kr.Window);
        Assert.Equal([P(6, 30, 10), P(10, 15, 20), P(11, 10, 30)], window.Points);
        Assert.Equal((0, 3), (window.Start, window.Count));
        Assert.Same(Data.Find("signups"), window.Series); // the data's series, not a copy
        Assert.Null(kr.Kpi); // signups is no KPI
    }

    [Fact]
    public void A_key_result_that_tracks_a_kpi_links_it_and_a_milestone_has_no_window()
    {
        var milestone = new KeyResultDefinition("kr2", default, "m", KeyResultType.Milestone, null, null, null, null, null, 1, true, null, null);
        var report = Build(Metric("kr1", "Retention"), milestone);

        Assert.Equal("retention", report.Objectives[0].KeyResults[0].Kpi);
        Assert.Equal(2, report.Objectives[0].KeyResults[0].Window!.Count); // Sep 30 (baseline), Oct 31
        Assert.Null(report.Objectives[0].KeyResults[1].Window);
        Assert.Null(report.Objectives[0].KeyResults[1].Kpi);
    }

    [Fact]
    public void The_report_holds_the_period_summaries_and_the_kpi_attention_list()
    {
        var report = Build(Metric("kr1", "retention"));

        var summary = Assert.Single(report.Summaries);
        Assert.Equal(Q4, summary.Period);
        Assert.Equal(1, summary.KeyResultCount);
        Assert.Equal(0.510869565217, summary.Expected); // 47 / 92
        Assert.Empty(report.Attention); // no thresholds: unrated, and neither KPI is stale at 16 and 15 days
    }
}
