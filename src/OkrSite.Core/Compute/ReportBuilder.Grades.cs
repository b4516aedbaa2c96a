using System.Collections.Immutable;
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

    /// <summary>Each summary of an ended period as of its last day (<see cref="PeriodEnd"/>).</summary>
    private static ImmutableArray<PeriodSummary> AsOfTheirEnd(
        ImmutableArray<PeriodSummary> summaries, ImmutableArray<Objective> objectives, ImmutableArray<Kpi> kpis, DataSet data, DateOnly asOf, ScoringOptions scoring)
    {
        var byPeriod = objectives.ToLookup(o => o.Period);
        return [.. summaries.Select(s => PeriodEnd.Of(s, byPeriod[s.Period], kpis, data, asOf, scoring))];
    }
}
