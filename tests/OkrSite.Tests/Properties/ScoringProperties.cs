using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Properties;

/// <summary>Properties of the scoring rules (docs/format.md, Computation) over generated inputs, extremes included.</summary>
public class ScoringProperties
{
    private const int Iterations = 2000;

    // Values where floating point misbehaves: the ends of the range, subnormals, signed zeros.
    private static readonly double[] Extremes =
    [
        0, -0.0, 1, -1, double.MaxValue, -double.MaxValue, double.Epsilon, -double.Epsilon, 1e308, -1e308, 1e-308, -1e-308,
        2.2250738585072014E-308, 1e15, -1e15, 0.1, 0.7, 0.4, 24, 2, 9007199254740993,
    ];

    /// <summary>Any finite double: everyday numbers most often, also huge, tiny and extreme ones.</summary>
    private static Gen<double> Finite { get; } = Gen.Frequency(
        (4, Gen.Choose(-1000, 1000).Select(i => (double)i)),
        (3, Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 1000.0)),
        (3, ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite)),
        (2, (from mantissa in Gen.Choose(-9999, 9999) from exponent in Gen.Choose(-307, 307) select mantissa * Math.Pow(10, exponent)).Where(double.IsFinite)),
        (2, Gen.Elements(Extremes)));

    /// <summary>Numbers as people write them in OKRs: exact integers and decimals of moderate size.</summary>
    private static Gen<double> Moderate { get; } = Gen.Frequency(
        (3, Gen.Choose(-100_000, 100_000).Select(i => (double)i)),
        (2, Gen.Choose(-10_000_000, 10_000_000).Select(i => i / 100.0)));

    private static Gen<double?> Optional(Gen<double> gen) => Gen.Frequency((9, gen.Select(v => (double?)v)), (1, Gen.Constant<double?>(null)));

    private static Arbitrary<(double? Baseline, double Target, double? Current)> AnyMetric { get; } =
        (from baseline in Optional(Finite) from target in Finite from current in Optional(Finite) select (baseline, target, current)).ToArbitrary();

    private static Arbitrary<(double Baseline, double Target, double Current)> ModerateMetric { get; } =
        (from baseline in Moderate from target in Moderate from current in Moderate where target != baseline select (baseline, target, current)).ToArbitrary();

    [Property(MaxTest = Iterations)]
    public Property Metric_score_is_within_0_and_1_or_null_for_every_finite_input() =>
        Prop.ForAll(AnyMetric, m =>
        {
            var score = Scoring.Metric(m.Baseline, m.Target, m.Current);
            return score is null || (score >= 0 && score <= 1);
        });

    [Property(MaxTest = Iterations)]
    public Property Metric_score_is_never_negative_zero() =>
        Prop.ForAll(AnyMetric, m => Scoring.Metric(m.Baseline, m.Target, m.Current) is not { } score || !double.IsNegative(score));

    [Fact]
    public void Decreasing_key_result_at_its_baseline_scores_positive_zero()
    {
        var score = Scoring.Metric(24, 2, 24);

        Assert.Equal(0, score);
        Assert.False(double.IsNegative(score!.Value), "score is -0");
    }

    /// <summary>No finite input overflows into "no score": huge spans are scored on halves, infinite ratios clamped.</summary>
    [Property(MaxTest = Iterations)]
    public Property Metric_score_is_null_only_without_baseline_or_current_or_when_target_equals_baseline() =>
        Prop.ForAll(AnyMetric, m =>
        {
            var score = Scoring.Metric(m.Baseline, m.Target, m.Current);
            var unmeasurable = m.Baseline is null || m.Current is null || m.Target == m.Baseline;
            return (score is null) == unmeasurable;
        });

    /// <summary>Where the plain formula does not overflow, the score is exactly its clamp; the overflow path only adds scores.</summary>
    [Property(MaxTest = Iterations)]
    public Property Metric_score_is_the_clamped_formula_wherever_the_formula_is_finite() =>
        Prop.ForAll(AnyMetric, m =>
        {
            if (m.Baseline is not { } b || m.Current is not { } c || m.Target == b || !double.IsFinite(m.Target - b) || !double.IsFinite(c - b))
            {
                return true;
            }

            var plain = (c - b) / (m.Target - b);
            return !double.IsFinite(plain) || Scoring.Metric(b, m.Target, c) == Figures.Round(Math.Clamp(plain, 0, 1));
        });

    [Property(MaxTest = Iterations)]
    public Property Metric_score_of_moderate_numbers_always_exists() =>
        Prop.ForAll(ModerateMetric, m => Scoring.Metric(m.Baseline, m.Target, m.Current) is not null);

    /// <summary>A KR from 24 to 2 with current c scores exactly like one from −24 to −2 with −c: direction does not matter.</summary>
    [Property(MaxTest = Iterations)]
    public Property Negating_baseline_target_and_current_keeps_the_score_exactly() =>
        Prop.ForAll(AnyMetric, m => Equals(Scoring.Metric(m.Baseline, m.Target, m.Current), Scoring.Metric(-m.Baseline, -m.Target, -m.Current)));

    /// <summary>Swapping baseline and target mirrors the score: s(target→baseline) = 1 − s(baseline→target).</summary>
    [Property(MaxTest = Iterations)]
    public Property Swapping_baseline_and_target_mirrors_the_score() =>
        Prop.ForAll(ModerateMetric, m =>
        {
            var forward = Scoring.Metric(m.Baseline, m.Target, m.Current)!.Value;
            var backward = Scoring.Metric(m.Target, m.Baseline, m.Current)!.Value;
            return Math.Abs(forward + backward - 1) < 1e-9;
        });

    [Property(MaxTest = Iterations)]
    public Property Moving_baseline_target_and_current_by_the_same_amount_keeps_the_score() =>
        Prop.ForAll(ModerateMetric, Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), (m, shift) =>
        {
            var score = Scoring.Metric(m.Baseline, m.Target, m.Current)!.Value;
            var shifted = Scoring.Metric(m.Baseline + shift, m.Target + shift, m.Current + shift)!.Value;
            return Math.Abs(score - shifted) < 1e-9;
        });

    [Property(MaxTest = Iterations)]
    public Property The_baseline_scores_0_and_the_target_scores_1() =>
        Prop.ForAll(ModerateMetric, m => Scoring.Metric(m.Baseline, m.Target, m.Baseline) == 0 && Scoring.Metric(m.Baseline, m.Target, m.Target) == 1);

    /// <summary>A current value closer to the target (in the direction of the KR) never scores less.</summary>
    [Property(MaxTest = Iterations)]
    public Property Metric_score_is_monotonic_in_current_toward_the_target() =>
        Prop.ForAll(AnyMetric, Finite.ToArbitrary(), (m, other) =>
        {
            if (m.Baseline is not { } b || m.Current is not { } c || m.Target == b)
            {
                return true;
            }

            var (low, high) = c <= other ? (c, other) : (other, c);
            var lowScore = Scoring.Metric(b, m.Target, low);
            var highScore = Scoring.Metric(b, m.Target, high);
            if (lowScore is null || highScore is null)
            {
                return true;
            }

            return m.Target > b ? lowScore <= highScore : lowScore >= highScore;
        });

    [Property(MaxTest = Iterations)]
    public Property Milestone_score_is_1_when_done_else_its_progress() =>
        Prop.ForAll(ArbMap.Default.ArbFor<bool>(), Optional(Gen.Choose(0, 1000).Select(i => i / 1000.0)).ToArbitrary(), (done, progress) =>
        {
            var score = Scoring.Milestone(done, progress);
            return done ? score == 1 : score == (progress ?? 0);
        });

    private static Gen<double> Weight { get; } = Gen.Frequency(
        (4, Gen.Choose(1, 10).Select(i => (double)i)),
        (2, Gen.Choose(1, 100_000).Select(i => i / 1000.0)),
        (1, Gen.Elements(1e-6, 0.001, 1000.0, 1e6)));

    private static Arbitrary<(double? Score, double Weight)[]> ScoredItems { get; } =
        (from score in Optional(Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)) from weight in Weight select (score, weight))
            .ArrayOf()
            .ToArbitrary();

    [Property(MaxTest = Iterations)]
    public Property Weighted_mean_lies_between_the_lowest_and_highest_score_and_is_null_iff_none_exists() =>
        Prop.ForAll(ScoredItems, items =>
        {
            var mean = Scoring.WeightedMean(items);
            var present = items.Where(i => i.Score is not null).Select(i => i.Score!.Value).ToList();
            if (present.Count == 0)
            {
                return mean is null;
            }

            const double slack = 1e-12;
            return mean is { } m && m >= present.Min() - slack && m <= present.Max() + slack && m >= 0 && m <= 1;
        });

    [Property(MaxTest = Iterations)]
    public Property Weighted_mean_of_equal_weights_is_the_plain_mean_and_scaling_weights_changes_nothing() =>
        Prop.ForAll(ScoredItems, Gen.Choose(2, 1000).ToArbitrary(), (items, factor) =>
        {
            var mean = Scoring.WeightedMean(items);
            var scaled = Scoring.WeightedMean(items.Select(i => (i.Score, i.Weight * factor)));
            var plain = Scoring.WeightedMean(items.Select(i => (i.Score, 1.0)));
            var present = items.Where(i => i.Score is not null).ToList();
            return mean is null
                ? scaled is null && plain is null
                : Math.Abs(mean.Value - scaled!.Value) < 1e-9 && Math.Abs(plain!.Value - present.Average(i => i.Score!.Value)) < 1e-9;
        });

    /// <summary>Every weight the front matter accepts (finite and above 0) keeps the objective score within the KR scores.</summary>
    [Property(MaxTest = Iterations)]
    public Property Weighted_mean_stays_within_bounds_for_every_accepted_weight() =>
        Prop.ForAll(
            (from score in Gen.Choose(0, 1000) from weight in Finite.Select(Math.Abs).Where(w => w > 0) select ((double?)(score / 1000.0), weight)).NonEmptyListOf().ToArbitrary(),
            items =>
            {
                var mean = Scoring.WeightedMean(items);
                return mean is { } m && m >= items.Min(i => i.Item1!.Value) - 1e-12 && m <= items.Max(i => i.Item1!.Value) + 1e-12;
            });

    // ---- status, expected progress, health --------------------------------------------------------------------

    private static Gen<Period> Periods { get; } = Gen.Choose(2000, 2040).SelectMany(year => Gen.OneOf(
        Gen.Constant(Period.OfYear(year)),
        Gen.Choose(1, 2).Select(h => Period.OfHalf(year, h)),
        Gen.Choose(1, 4).Select(q => Period.OfQuarter(year, q))));

    private static Arbitrary<(Period Period, DateOnly AsOf, ScoringOptions Scoring)> Context { get; } =
        (from period in Periods
         from offset in Gen.Choose(-30, 400)
         from atRisk in Gen.Choose(1, 1000)
         from success in Gen.Choose(atRisk, 1000)
         select (period, period.Start.AddDays(offset), new ScoringOptions(success / 1000.0, atRisk / 1000.0))).ToArbitrary();

    private static int Rank(Status status) => status switch
    {
        Status.OffTrack => 0,
        Status.AtRisk => 1,
        Status.OnTrack => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a progress status"),
    };

    [Property(MaxTest = Iterations)]
    public Property Status_never_gets_worse_as_the_score_rises() =>
        Prop.ForAll(Context, Gen.Two(Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)).ToArbitrary(), (context, scores) =>
        {
            var (low, high) = scores.Item1 <= scores.Item2 ? scores : (scores.Item2, scores.Item1);
            var lowStatus = StatusRule.Of(low, context.Period, context.AsOf, context.Scoring);
            var highStatus = StatusRule.Of(high, context.Period, context.AsOf, context.Scoring);
            if (context.AsOf < context.Period.Start)
            {
                return lowStatus == Status.NotStarted && highStatus == Status.NotStarted;
            }

            return Rank(lowStatus) <= Rank(highStatus);
        });

    [Property(MaxTest = Iterations)]
    public Property Status_is_no_data_without_a_score_and_on_track_with_a_full_score() =>
        Prop.ForAll(Context, context =>
            StatusRule.Of(null, context.Period, context.AsOf, context.Scoring) == Status.NoData
            && StatusRule.Of(1, context.Period, context.AsOf, context.Scoring) == (context.AsOf < context.Period.Start ? Status.NotStarted : Status.OnTrack));

    [Property(MaxTest = Iterations)]
    public Property Expected_progress_is_within_0_and_1_and_grows_with_the_report_date() =>
        Prop.ForAll(Context, Gen.Choose(0, 400).ToArbitrary(), (context, days) =>
        {
            var now = ExpectedProgress.At(context.Period, context.AsOf);
            var later = ExpectedProgress.At(context.Period, context.AsOf.AddDays(days));
            return now >= 0 && now <= 1 && later >= now
                && (context.AsOf >= context.Period.End ? now == 1 : true)
                && (context.AsOf < context.Period.Start ? now == 0 : now > 0);
        });

    private static Arbitrary<(double? Green, double? Red, double Latest)> Thresholds { get; } =
        (from green in Optional(Moderate) from red in Optional(Moderate) from latest in Moderate select (green, red, latest)).ToArbitrary();

    [Property(MaxTest = Iterations)]
    public Property Health_of_direction_lower_mirrors_direction_higher() =>
        Prop.ForAll(Thresholds, t =>
            HealthRule.Of(Direction.Higher, t.Green, t.Red, t.Latest) == HealthRule.Of(Direction.Lower, -t.Green, -t.Red, -t.Latest));

    [Property(MaxTest = Iterations)]
    public Property Health_never_gets_worse_as_the_value_improves() =>
        Prop.ForAll(Thresholds, Moderate.ToArbitrary(), (t, other) =>
        {
            // Thresholds in the documented order: green at least red for direction higher (OKR0309 otherwise).
            var (green, red) = t is { Green: { } g, Red: { } r } && g < r ? ((double?)r, (double?)g) : (t.Green, t.Red);
            var (low, high) = t.Latest <= other ? (t.Latest, other) : (other, t.Latest);
            return HealthRank(HealthRule.Of(Direction.Higher, green, red, low)) <= HealthRank(HealthRule.Of(Direction.Higher, green, red, high));
        });

    private static int HealthRank(KpiHealth health) => health switch
    {
        KpiHealth.Critical => 0,
        KpiHealth.Warning => 1,
        KpiHealth.Healthy => 2,
        KpiHealth.Unrated => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(health), health, "not a rated health"),
    };
}
