using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

public static class StatusRule
{
    // Scores come out of divisions such as 1.4 / 2 = 0.7000000000000028 or 0.6999999999999998;
    // comparing at 9 decimals keeps a score that is 0.7 on paper on track.
    private const int ComparisonDecimals = 9;

    /// <summary>
    /// no-data without a score; not-started before the period; otherwise the progress p (the score once the period
    /// has ended, else min(1, score / expected)) against the success and at-risk thresholds.
    /// </summary>
    public static Status Of(double? score, Period period, DateOnly asOf, ScoringOptions scoring)
    {
        if (score is not { } s)
        {
            return Status.NoData;
        }

        if (asOf < period.Start)
        {
            return Status.NotStarted;
        }

        var p = asOf > period.End ? s : Math.Min(1, s / ExpectedProgress.At(period, asOf));
        p = Math.Round(p, ComparisonDecimals, MidpointRounding.AwayFromZero);
        return p >= scoring.Success ? Status.OnTrack
            : p >= scoring.AtRisk ? Status.AtRisk
            : Status.OffTrack;
    }
}
