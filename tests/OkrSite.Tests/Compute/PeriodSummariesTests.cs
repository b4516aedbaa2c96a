using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using static OkrSite.Tests.Compute.Made;

namespace OkrSite.Tests.Compute;

public class PeriodSummariesTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");
    private static readonly DateOnly MidAugust = new(2026, 8, 15); // 46 of 92 days: expected 0.5

    private static readonly Objective[] Objectives =
    [
        Objective("b-risky", "2026-Q3", 0.3, Status.AtRisk, null, Kr("kr1", Status.AtRisk, 0.3)),
        Objective("a-off", "2026-Q3", 0.1, Status.OffTrack, null, Kr("kr1", Status.OffTrack, 0.1), Kr("kr2", Status.NoData)),
        Objective("c-fine", "2026-Q3", 0.9, Status.OnTrack, null, Kr("kr1", Status.OnTrack, 0.9)),
        Objective("d-empty", "2026-Q3", null, Status.NoData),
        Objective("a-risky", "2026-Q3", 0.3, Status.AtRisk, null, Kr("kr1", Status.AtRisk, 0.3)),
    ];

    [Fact]
    public void Counts_objectives_and_key_results_per_status()
    {
        var summary = PeriodSummaries.Of(Q3, Objectives, MidAugust, ScoringOptions.Default);

        Assert.Equal(5, summary.ObjectiveCount);
        Assert.Equal(5, summary.KeyResultCount);
        Assert.Equal(new StatusCounts(NoData: 1, NotStarted: 0, OffTrack: 1, AtRisk: 2, OnTrack: 1), summary.Objectives);
        Assert.Equal(new StatusCounts(NoData: 1, NotStarted: 0, OffTrack: 1, AtRisk: 2, OnTrack: 1), summary.KeyResults);
    }

    [Fact]
    public void The_headline_is_the_equal_weight_mean_of_the_scored_objectives_with_its_status()
    {
        var summary = PeriodSummaries.Of(Q3, Objectives, MidAugust, ScoringOptions.Default);

        // (0.3 + 0.1 + 0.9 + 0.3) / 4 = 1.6 / 4 = 0.4 (d-empty has no score and is left out); p = 0.4 / 0.5 = 0.8.
        Assert.Equal(0.4, summary.Score);
        Assert.Equal(0.5, summary.Expected);
        Assert.Equal(Status.OnTrack, summary.Status);
    }

    [Fact]
    public void A_headline_of_five_sixths_is_rounded_once()
    {
        var summary = PeriodSummaries.Of(Q3, [Objective("a", "2026-Q3", 1, Status.OnTrack), Objective("b", "2026-Q3", 1, Status.OnTrack), Objective("c", "2026-Q3", 0.5, Status.AtRisk)], new DateOnly(2026, 10, 1), ScoringOptions.Default);

        Assert.Equal(0.833333333333, summary.Score);
        Assert.Equal(1, summary.Expected);
        Assert.Equal(Status.OnTrack, summary.Status);
    }

    [Fact]
    public void Needs_attention_lists_off_track_then_at_risk_lowest_score_first_then_by_id()
    {
        var summary = PeriodSummaries.Of(Q3, Objectives, MidAugust, ScoringOptions.Default);

        Assert.Equal(["a-off", "a-risky", "b-risky"], summary.NeedsAttention.Select(o => o.Id));
    }

    [Fact]
    public void Every_period_with_objectives_and_the_reporting_period_have_a_summary_latest_first()
    {
        var summaries = PeriodSummaries.All([Objective("x", "2026-Q3", 0.5, Status.AtRisk), Objective("y", "2026", 0.5, Status.AtRisk)], Period.Parse("2027-Q1"), MidAugust, ScoringOptions.Default);

        Assert.Equal(["2027-Q1", "2026", "2026-Q3"], summaries.Select(s => s.Period.ToString()));
        var empty = summaries[0];
        Assert.Equal(0, empty.ObjectiveCount);
        Assert.Null(empty.Score);
        Assert.Equal(Status.NoData, empty.Status);
        Assert.Empty(empty.NeedsAttention);
        Assert.Equal(StatusCounts.None, empty.Objectives);
    }

    [Fact]
    public void Kpi_attention_is_critical_then_warning_then_stale_each_by_name()
    {
        var attention = PeriodSummaries.KpiAttention(
        [
            Kpi("k1", "Zeta", KpiHealth.Warning),
            Kpi("k2", "Alpha", KpiHealth.Healthy, stale: true),
            Kpi("k3", "Beta", KpiHealth.Critical),
            Kpi("k4", "Gamma", KpiHealth.Healthy),
            Kpi("k5", "Alpha", KpiHealth.Warning, stale: true),
            Kpi("k6", "Delta", KpiHealth.NoData),
        ]);

        Assert.Equal(["k3", "k5", "k1", "k2"], attention.Select(k => k.Id));
    }
}
