using OkrSite.Core.Compute;

namespace OkrSite.Tests.Compute;

public class ScoringTests
{
    [Theory]
    [InlineData(73, 75, 74, 0.5)] // retention 73% → 75%, now 74%: half way
    [InlineData(10, 60, 35, 0.5)] // re-shares 10% → 60%, now 35%
    [InlineData(100, 1000, 325, 0.25)] // MQLs 100 → 1,000, now 325: 225 / 900
    [InlineData(24, 2, 13, 0.5)] // response time 24 h → 2 h (decreasing), now 13 h: -11 / -22
    [InlineData(24, 2, 7.5, 0.75)] // -16.5 / -22
    [InlineData(0, 10, 7, 0.7)]
    public void Metric_score_is_the_share_of_the_way_from_baseline_to_target(double baseline, double target, double current, double expected) =>
        Assert.Equal(expected, Scoring.Metric(baseline, target, current)!.Value, 12);

    [Theory]
    [InlineData(73, 75, 80, 1)] // overshoot clamps to 1
    [InlineData(73, 75, 70, 0)] // going backwards clamps to 0
    [InlineData(24, 2, 30, 0)] // decreasing target, got worse
    [InlineData(24, 2, 1, 1)] // decreasing target, beaten
    public void Metric_score_is_clamped_to_zero_and_one(double baseline, double target, double current, double expected) =>
        Assert.Equal(expected, Scoring.Metric(baseline, target, current));

    [Fact]
    public void Metric_score_is_null_without_current_or_baseline_or_when_target_equals_baseline()
    {
        Assert.Null(Scoring.Metric(73, 75, null));
        Assert.Null(Scoring.Metric(null, 75, 74));
        Assert.Null(Scoring.Metric(75, 75, 74));
    }

    // Hand-computed on values whose differences overflow double: the score is taken on halves, (c/2 − b/2) / (t/2 − b/2).
    [Theory]
    [InlineData(-1e308, 1e308, 0, 0.5)] // (0 + 5e307) / (5e307 + 5e307)
    [InlineData(-1e308, 1e308, 5e307, 0.75)] // (2.5e307 + 5e307) / 1e308
    [InlineData(1e308, -1e308, 5e307, 0.25)] // decreasing: (2.5e307 − 5e307) / (−5e307 − 5e307)
    [InlineData(-double.MaxValue, double.MaxValue, double.MaxValue, 1)]
    [InlineData(-double.MaxValue, double.MaxValue, -double.MaxValue, 0)]
    [InlineData(-double.MaxValue, double.MaxValue, 0, 0.5)]
    [InlineData(-1.5e308, 1.5e308, -0.75e308, 0.25)]
    public void Metric_score_of_a_span_beyond_the_range_of_double_is_computed_on_halves(double baseline, double target, double current, double expected) =>
        Assert.Equal(expected, Scoring.Metric(baseline, target, current)!.Value, 15);

    [Theory]
    [InlineData(0, 1e-320, 5e-321, 0.5)] // subnormals: 1012 / 2024 units of 4.94e-324
    [InlineData(0, 5e-324, 5e-324, 1)] // the smallest double there is
    [InlineData(0, 1e-320, 1e308, 1)] // 1e308 / 1e-320 is +infinity: far past the target
    [InlineData(0, 1e-320, -1e308, 0)] // −infinity: far short of it
    [InlineData(-1e308, 1, 1e308, 1)] // current − baseline overflows, the span does not: far past the target
    [InlineData(1e308, -1, -1e308, 1)] // decreasing: current − baseline is −infinity, far past the target
    [InlineData(-0.0, 10, 5, 0.5)]
    [InlineData(10, -0.0, 10, 0)]
    public void Metric_score_of_tiny_or_extreme_values_is_exact_or_clamped(double baseline, double target, double current, double expected)
    {
        var score = Scoring.Metric(baseline, target, current);

        Assert.Equal(expected, score);
        Assert.False(double.IsNegative(score!.Value));
    }

    [Theory]
    [InlineData(74.6, 78, 47.0 / 92, 76.3369565217)] // docs/format.md, worked example: 74.6 + 3.4 × 0.5108695652
    [InlineData(24, 2, 0.5, 13)] // decreasing: half way down
    [InlineData(-1e308, 1e308, 0.5, 0)] // target − baseline overflows: the point between them, b × (1 − e) + t × e
    [InlineData(-1e308, 1e308, 0.75, 5e307)]
    [InlineData(10, 20, 0, 10)] // before the period: the baseline
    public void Plan_is_the_point_on_the_way_from_baseline_to_target_that_expected_progress_reaches(double baseline, double target, double expected, double plan) =>
        Assert.Equal(plan, Scoring.Plan(baseline, target, expected));

    [Fact]
    public void Plan_needs_a_baseline_and_a_target()
    {
        Assert.Null(Scoring.Plan(null, 5, 0.5));
        Assert.Null(Scoring.Plan(5, null, 0.5));
    }

    [Theory]
    [InlineData(true, null, 1)]
    [InlineData(true, 0.2, 1)] // done wins over a stale progress
    [InlineData(false, null, 0)]
    [InlineData(false, 0.6, 0.6)]
    public void Milestone_scores_one_when_done_else_its_progress(bool done, double? progress, double expected) =>
        Assert.Equal(expected, Scoring.Milestone(done, progress));

    [Fact]
    public void Weighted_mean_uses_only_the_scores_that_exist()
    {
        // (0.8·2 + 0.5·1) / 3 = 2.1 / 3 = 0.7; the KR without a score is left out, not counted as 0.
        var mean = Scoring.WeightedMean([(0.8, 2), (0.5, 1), (null, 5)]);

        Assert.Equal(0.7, mean!.Value, 12);
    }

    [Fact]
    public void Weighted_mean_of_equal_weights_is_the_plain_mean() =>
        Assert.Equal(0.4, Scoring.WeightedMean([(0.2, 1), (0.6, 1), (0.4, 1)])!.Value, 12);

    [Fact]
    public void Weighted_mean_is_null_when_no_score_exists()
    {
        Assert.Null(Scoring.WeightedMean([(null, 1), (null, 2)]));
        Assert.Null(Scoring.WeightedMean([]));
    }
}
