using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// A KPI's story across periods: every key result that tracks it, period after period, from its baseline to its
/// target and where it got; and the objectives of one team in periods that contain one another, linked both ways.
/// </summary>
internal static class CarriedForward
{
    /// <summary>
    /// The key results on each KPI (<see cref="KeyResult.Kpi"/>), by the end of their period, the shorter first among
    /// periods that end on the same day (Q3, Q4, then the year: the year's key result is where the quarters lead),
    /// then by objective and key-result id.
    /// </summary>
    public static ImmutableArray<Kpi> Of(ImmutableArray<Kpi> kpis, IEnumerable<Objective> objectives)
    {
        var byKpi = objectives
            .SelectMany(o => o.KeyResults.Where(k => k.Kpi is not null).Select(k => (Objective: o, KeyResult: k)))
            .ToLookup(x => x.KeyResult.Kpi!, StringComparer.Ordinal);
        return [.. kpis.Select(k => byKpi[k.Id].Any()
            ? k with
            {
                CarriedForward = [.. byKpi[k.Id]
                    .OrderBy(x => x.Objective.Period.End)
                    .ThenBy(x => x.Objective.Period.Days)
                    .ThenBy(x => x.Objective.Id, StringComparer.Ordinal)
                    .ThenBy(x => x.KeyResult.Id, StringComparer.Ordinal)
                    .Select(x => new CarriedKeyResult(
                        x.Objective.Period,
                        x.Objective.Key,
                        ObjectiveKey.OfKeyResult(x.Objective.Key, x.KeyResult.Id),
                        x.KeyResult.Baseline,
                        x.KeyResult.Target,
                        x.KeyResult.Current,
                        x.KeyResult.Score,
                        x.KeyResult.Status,
                        x.KeyResult.Verdict))],
            }
            : k)];
    }

    /// <summary>
    /// Each objective with the objectives of its team (or the company's, without a team) in the longer periods that
    /// contain its period (longest first) and in the shorter periods within it (earliest first), each by id.
    /// </summary>
    public static ImmutableArray<Objective> Linked(ImmutableArray<Objective> objectives)
    {
        // Looked up by team and period, never searched: a period has at most 6 shorter periods within it.
        var byTeamAndPeriod = objectives.ToLookup(o => (o.Team ?? string.Empty, o.Period));
        ImmutableArray<string> In(string team, IEnumerable<Period> periods) =>
            [.. periods.SelectMany(p => byTeamAndPeriod[(team, p)].OrderBy(o => o.Id, StringComparer.Ordinal)).Select(o => o.Key)];

        return [.. objectives.Select(o =>
        {
            var team = o.Team ?? string.Empty;
            var enclosing = In(team, o.Period.Enclosing().Reverse());
            var nested = In(team, Within(o.Period));
            return enclosing.IsEmpty && nested.IsEmpty ? o : o with { Enclosing = enclosing, Nested = nested };
        })];
    }

    /// <summary>The shorter periods within <paramref name="period"/>, earliest first, a half before its quarters.</summary>
    public static IEnumerable<Period> Within(Period period) => period.Kind switch
    {
        PeriodKind.Year => [Period.OfHalf(period.Year, 1), Period.OfQuarter(period.Year, 1), Period.OfQuarter(period.Year, 2),
            Period.OfHalf(period.Year, 2), Period.OfQuarter(period.Year, 3), Period.OfQuarter(period.Year, 4)],
        PeriodKind.Half => [Period.OfQuarter(period.Year, (period.Index * 2) - 1), Period.OfQuarter(period.Year, period.Index * 2)],
        _ => [],
    };
}
