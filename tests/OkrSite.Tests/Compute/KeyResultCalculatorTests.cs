using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Tests.Compute;

public class KeyResultCalculatorTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    private static readonly DataSet Data = new(
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create("retention", new Series("retention",
            [
                new(new DateOnly(2026, 5, 31), 72.5),
                new(new DateOnly(2026, 6, 30), 73),
                new(new DateOnly(2026, 7, 31), 73.5),
                new(new DateOnly(2026, 8, 31), 74.1),
                new(new DateOnly(2026, 9, 30), 74.6),
                new(new DateOnly(2026, 10, 31), 75.8),
            ])),
        }),
        []);

    private static readonly Dictionary<string, KpiDefinition> Kpis = new(StringComparer.Ordinal)
    {
        ["retention"] = new("retention", default, "Customer retention", "%", Direction.Higher, Indicator.Lagging, Frequency.Monthly, null, null, null, 80, 78, 72, MarkdownText.Empty),
    };

    private static KeyResultDefinition Kr(double? baseline = null, double? target = 75, double? current = null, string? metric = "retention", double? score = null) =>
        new("kr1", default, "Retention 73% → 75%", KeyResultType.Metric, metric is null ? null : new Located<string>(metric, default), baseline, target, current, null, 1, false, null, score);

    private static KeyResult Compute(KeyResultDefinition kr, DateOnly asOf) =>
        KeyResultCalculator.Compute(kr, Q3, asOf, Data, Kpis, ScoringOptions.Default);

    [Fact]
    public void Baseline_is_the_last_value_before_the_period_and_current_the_last_by_asOf()
    {
        var kr = Compute(Kr(), new DateOnly(2026, 9, 15));

        Assert.Equal(73, kr.Baseline); // 2026-06-30
        Assert.Equal(ValueSource.Data, kr.BaselineSource);
        Assert.Equal(74.1, kr.Current); // 2026-08-31, the last on or before Sep 15
        Assert.Equal(new DateOnly(2026, 8, 31), kr.CurrentDate);
        Assert.Equal(0.55, kr.Score!.Value, 12); // (74.1 − 73) / (75 − 73) = 1.1 / 2
        Assert.Equal("%", kr.Unit); // from the KPI it tracks
    }

    [Fact]
    public void After_the_period_current_is_the_last_value_within_the_period()
    {
        // asOf Nov 16 is after Q3: the Oct 31 value (75.8) belongs to Q4 and must not count.
        var kr = Compute(Kr(), new DateOnly(2026, 11, 16));

        Assert.Equal(74.6, kr.Current);
        Assert.Equal(0.8, kr.Score!.Value, 12); // 1.6 / 2
        Assert.Equal(Status.OnTrack, kr.Status); // period ended: 0.8 ≥ 0.7
    }

    [Fact]
    public void Explicit_baseline_and_current_win_over_the_data()
    {
        var kr = Compute(Kr(baseline: 72, current: 74), new DateOnly(2026, 9, 15));

        Assert.Equal(72, kr.Baseline);
        Assert.Equal(74, kr.Current);
        Assert.Equal(ValueSource.Explicit, kr.CurrentSource);
        Assert.Null(kr.CurrentDate);
        Assert.Equal(2.0 / 3, kr.Score!.Value, 12);
    }

    [Fact]
    public void Status_compares_with_expected_progress()
    {
        // Sep 15: 77 of 92 days → expected 0.83696; score 0.55 → p = 0.6571 → at risk.
        Assert.Equal(Status.AtRisk, Compute(Kr(), new DateOnly(2026, 9, 15)).Status);

        // Aug 1: 32 of 92 days → expected 0.3478; current Jul 31 73.5 → score 0.25 → p = 0.71875 → on track.
        var early = Compute(Kr(), new DateOnly(2026, 8, 1));
        Assert.Equal(0.25, early.Score!.Value, 12);
        Assert.Equal(Status.OnTrack, early.Status);
    }

    [Fact]
    public void Decreasing_target_scores_the_same_way()
    {
        var kr = Compute(Kr(baseline: 24, target: 2, current: 13, metric: null), new DateOnly(2026, 9, 30));

        Assert.Equal(0.5, kr.Score);
    }

    [Fact]
    public void Manual_score_overrides_the_computed_one()
    {
        var kr = Compute(Kr(score: 0.3), new DateOnly(2026, 11, 16));

        Assert.Equal(0.3, kr.Score);
        Assert.True(kr.ManualScore);
        Assert.Equal(Status.OffTrack, kr.Status);
    }

    [Fact]
    public void Milestones_score_by_done_and_progress_and_a_manual_score_overrides_them()
    {
        var done = new KeyResultDefinition("kr3", default, "Success plans", KeyResultType.Milestone, null, null, null, null, null, 1, true, null, null);
        var half = done with { Done = false, Progress = 0.5 };
        var graded = done with { Score = 0.8 };

        Assert.Equal(1, Compute(done, new DateOnly(2026, 9, 1)).Score);
        Assert.Equal(0.5, Compute(half, new DateOnly(2026, 9, 1)).Score);
        Assert.Equal(0.8, Compute(graded, new DateOnly(2026, 9, 1)).Score);
    }

    [Fact]
    public void Without_data_in_range_the_score_is_null_and_the_status_no_data()
    {
        var kr = Compute(Kr(metric: "no-such-series"), new DateOnly(2026, 9, 15));

        Assert.Null(kr.Current);
        Assert.Null(kr.Score);
        Assert.Equal(Status.NoData, kr.Status);
    }
}
