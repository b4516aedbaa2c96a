using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>The summary of each period: counts per status, the headline score and status, what needs attention.</summary>
internal static class PeriodSummaries
{
    /// <summary>
    /// One summary per period of <paramref name="objectives"/> and for <paramref name="reporting"/> (the front page
    /// shows it even when it has no objectives), latest first.
    /// </summary>
    /// <param name="companyTeam">The team whose objectives are the company's (<see cref="DashboardOrder.CompanyTeam"/>); null when none is.</param>
    public static ImmutableArray<PeriodSummary> All(IEnumerable<Objective> objectives, Period reporting, DateOnly asOf, ScoringOptions scoring, string? companyTeam = null)
    {
        var list = objectives as IReadOnlyCollection<Objective> ?? [.. objectives];
        var byPeriod = list.ToLookup(o => o.Period);
        var byKey = list.ToDictionary(o => o.Key, StringComparer.Ordinal);
        return [.. byPeriod.Select(g => g.Key).Append(reporting).Distinct().OrderDescending()
            .Select(p => Of(p, [.. byPeriod[p]], asOf, scoring, byKey, companyTeam))];
    }

    /// <summary>
    /// The summary of <paramref name="period"/> over its <paramref name="objectives"/>. The headline score is the
    /// equal-weight mean of the objectives' scores (those that have one); its status follows <see cref="StatusRule"/>.
    /// </summary>
    /// <param name="all">Every objective of the site by key, where the groups find parents in other periods; null: only this period's.</param>
    public static PeriodSummary Of(Period period, IReadOnlyList<Objective> objectives, DateOnly asOf, ScoringOptions scoring, IReadOnlyDictionary<string, Objective>? all = null, string? companyTeam = null)
    {
        var score = Scoring.WeightedMean(objectives.Select(o => (o.Score, 1.0)));
        return new PeriodSummary(
            period,
            objectives.Count,
            objectives.Sum(o => o.KeyResults.Length),
            StatusCounts.Of(objectives.Select(o => o.Status)),
            StatusCounts.Of(objectives.SelectMany(o => o.KeyResults).Select(k => k.Status)),
            score,
            ExpectedProgress.At(period, asOf),
            StatusRule.Of(score, period, asOf, scoring),
            NeedsAttention(objectives))
        {
            Behind = objectives.Count(DashboardOrder.IsBehind),
            Groups = DashboardOrder.Groups(objectives, all ?? objectives.ToDictionary(o => o.Key, StringComparer.Ordinal), companyTeam),
        };
    }

    /// <summary>Objectives off track, then at risk, each lowest score first, then by id.</summary>
    public static ImmutableArray<Objective> NeedsAttention(IEnumerable<Objective> objectives) =>
        [.. objectives
            .Where(o => o.Status is Status.OffTrack or Status.AtRisk)
            .OrderBy(o => o.Status == Status.OffTrack ? 0 : 1)
            .ThenBy(o => o.Score)
            .ThenBy(o => o.Id, StringComparer.Ordinal)];

    /// <summary>The KPIs that need attention: critical first, then warnings, then the stale ones, each by name.</summary>
    public static ImmutableArray<Kpi> KpiAttention(IEnumerable<Kpi> kpis) =>
        [.. kpis
            .Where(k => k.Health is KpiHealth.Critical or KpiHealth.Warning || k.Stale)
            .OrderBy(k => k.Health switch { KpiHealth.Critical => 0, KpiHealth.Warning => 1, _ => 2 })
            .ThenBy(k => k.Name, StringComparer.Ordinal)];
}
