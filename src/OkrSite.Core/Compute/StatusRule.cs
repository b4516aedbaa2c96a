using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

internal static class StatusRule
{
    /// <summary>
    /// no-data without a score; not-started before the period; otherwise the progress p (the score once the period
    /// has ended, else min(1, score / expected)) against the success and at-risk thresholds. p is rounded by the one
    /// rule of <see cref="Figures"/> before it is compared: 0.35 / 0.5 is 0.7 on paper and on track, whatever the
    /// binary division leaves in its last digits. A committed objective (and its key results) is expected to reach
    /// 1.0: it is on track only at p = 1 (at or ahead of the expected progress), at risk at or above success, else
    /// off track.
    /// </summary>
    public static Status Of(double? score, Period period, DateOnly asOf, ScoringOptions scoring, ObjectiveKind kind = ObjectiveKind.Aspirational)
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
        p = Figures.Round(p);
        var onTrack = kind == ObjectiveKind.Committed ? 1 : scoring.Success;
        var atRisk = kind == ObjectiveKind.Committed ? scoring.Success : scoring.AtRisk;
        return p >= onTrack ? Status.OnTrack
            : p >= atRisk ? Status.AtRisk
            : Status.OffTrack;
    }
}
