using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

internal static class VerdictRule
{
    /// <summary>
    /// The final verdict of a score once its period has ended; null while it runs (asOf on or before its last day).
    /// Aspirational: achieved at or above the success threshold (0.7), partly achieved at or above the at-risk
    /// threshold (0.4), missed below. Committed: achieved only at 1.0, missed below, with no "partly": a commitment
    /// is kept or not. No score: no-data. The score is rounded by <see cref="Figures"/> before it is compared.
    /// </summary>
    public static Verdict? Of(double? score, ObjectiveKind kind, Period period, DateOnly asOf, ScoringOptions scoring)
    {
        if (!IsFinal(period, asOf))
        {
            return null;
        }

        if (score is not { } s)
        {
            return Verdict.NoData;
        }

        s = Figures.Round(s);
        return kind == ObjectiveKind.Committed
            ? (s >= 1 ? Verdict.Achieved : Verdict.Missed)
            : s >= scoring.Success ? Verdict.Achieved
            : s >= scoring.AtRisk ? Verdict.PartlyAchieved
            : Verdict.Missed;
    }

    /// <summary>A period is final once the report date is past its last day: its figures no longer change.</summary>
    public static bool IsFinal(Period period, DateOnly asOf) => asOf > period.End;
}
