namespace OkrSite.Core.Compute;

/// <summary>The scoring rules of key results and objectives: pure functions, each pinned by a unit test.</summary>
public static class Scoring
{
    /// <summary>
    /// (current − baseline) / (target − baseline), clamped to [0, 1]. The same formula serves decreasing targets
    /// (24 h → 2 h): both differences are negative. Null when current or baseline is unknown, when target equals
    /// baseline (the caller reports that), or when the division overflows.
    /// </summary>
    public static double? Metric(double? baseline, double target, double? current)
    {
        if (baseline is not { } b || current is not { } c || target == b)
        {
            return null;
        }

        var score = (c - b) / (target - b);
        if (!double.IsFinite(score))
        {
            return null;
        }

        // 0 / −22 is −0, and Math.Clamp keeps the sign: report.json would say "score": -0.
        score = Math.Clamp(score, 0, 1);
        return score == 0 ? 0 : score;
    }

    /// <summary>A milestone scores 1 when done, else its progress (0 when not given).</summary>
    public static double Milestone(bool done, double? progress) => done ? 1 : progress ?? 0;

    /// <summary>The weighted mean over the scores that exist; null when none does.</summary>
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

        return sum / weights;
    }
}
