using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

internal static partial class ReportBuilder
{
    /// <summary>The objective's kind, and whether its period has ended with the final verdict it then has.</summary>
    private static Objective Graded(this Objective objective, ObjectiveKind kind, DateOnly asOf, ScoringOptions scoring) => objective with
    {
        Kind = kind,
        Final = VerdictRule.IsFinal(objective.Period, asOf),
        Verdict = VerdictRule.Of(objective.Score, kind, objective.Period, asOf, scoring),
    };
}
