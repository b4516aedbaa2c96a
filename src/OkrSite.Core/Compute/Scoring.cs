namespace OkrSite.Core.Compute;

/// <summary>The scoring rules of key results and objectives: pure functions, each pinned by a unit test.</summary>
internal static class Scoring
{
    /// <summary>
    /// (current − baseline) / (target − baseline), clamped to [0, 1] and rounded (<see cref="Figures"/>). The same formula serves decreasing targets
    /// (24 h → 2 h): both differences are negative. Null when current or baseline is unknown, or when target equals
    /// baseline (the caller reports that); every other finite input has a score.
    /// </summary>
    public static double? Metric(double? baseline, double target, double? current)
    {
        if (baseline is not { } b || current is not { } c || target == b)
        {
            return null;
        }

        var progress = c - b;
        var span = target - b;
        if (double.IsInfinity(span))
        {
            // −1e308 to 1e308 is beyond the range of double. Halving is exact for numbers this large and keeps the
            // ratio, and half of any difference of two finite doubles is finite.
            (progress, span) = ((c / 2) - (b / 2), (target / 2) - (b / 2));
        }

        // span is finite and not 0 (two different doubles never subtract to 0), so the ratio is never NaN. It is
        // ±infinity when current is beyond the target by more than double can say (a span of 1e-320), or when
        // current − baseline overflows while the span does not: both mean far past one end, which the clamp keeps.
        var score = Math.Clamp(progress / span, 0, 1);

        // 0 / −22 is −0, and Math.Clamp keeps the sign: report.json would say "score": -0. Figures.Round makes it 0.
        return Figures.Round(score);
    }

    /// <summary>
    /// The value the plan expects by now: baseline + (target − baseline) × expected, rounded; or, when target − baseline
    /// overflows (−1e308 to 1e308), the same point as baseline × (1 − expected) + target × expected. Null without both.
    /// </summary>
    public static double? Plan(double? baseline, double? target, double expected)
    {
        if (baseline is not { } b || target is not { } t)
        {
            return null;
        }

        var plan = b + ((t - b) * expected);
        return Figures.Round(double.IsFinite(plan) ? plan : (b * (1 - expected)) + (t * expected));
    }

    /// <summary>A milestone scores 1 when done, else its progress (0 when not given).</summary>
    public static double Milestone(bool done, double? progress) => done ? 1 : progress ?? 0;

    /// <summary>The weighted mean over the scores that exist, rounded (<see cref="Figures"/>); null when none does.</summary>
    public static double? WeightedMean(IEnumerable<(double? Score, double Weight)> items)
    {
        var scored = items.Where(i => i.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        // Weights are scaled by the largest so their sum cannot overflow, whatever finite weights were written.
        var largest = scored.Max(i => i.Weight);
        if (!(largest > 0))
        {
            return null;
        }

        double sum = 0, weights = 0;
        foreach (var (score, weight) in scored)
        {
            var w = weight / largest;
            sum += score!.Value * w;
            weights += w;
        }

        return Figures.Round(sum / weights);
    }
}
