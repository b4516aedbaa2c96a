using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// An ended period is reported as of its last day: its key results already read their values up to it
/// (<see cref="KeyResultCalculator"/>), and this gives it the rest: its final verdicts and the KPIs as they stood then.
/// </summary>
internal static class PeriodEnd
{
    /// <summary>
    /// <paramref name="summary"/> with what an ended period shows (<see cref="PeriodSummary.Final"/>): the headline
    /// graded like an aspirational objective, its objectives' verdicts counted, every KPI on its last day and the
    /// KPIs that needed attention then. A period still running is returned as it is.
    /// </summary>
    public static PeriodSummary Of(PeriodSummary summary, IEnumerable<Objective> objectives, IReadOnlyList<Kpi> kpis, DataSet data, DateOnly asOf, ScoringOptions scoring)
    {
        var period = summary.Period;
        if (!VerdictRule.IsFinal(period, asOf))
        {
            return summary;
        }

        var atEnd = kpis.Select(k => Kpi(k, period.End, data)).ToImmutableArray();
        return summary with
        {
            Final = true,
            Verdict = VerdictRule.Of(summary.Score, ObjectiveKind.Aspirational, period, asOf, scoring),
            ObjectiveVerdicts = VerdictCounts.Of(objectives.Select(o => o.Verdict)),
            Kpis = atEnd,
            KpiAttention = Attention(kpis, atEnd),
        };
    }

    /// <summary>
    /// <paramref name="kpi"/> on <paramref name="date"/>, a day on or before the report date: its latest value on or
    /// before it, the one before, the change between them, and health and staleness by the rules of the latest.
    /// </summary>
    public static KpiAsOf Kpi(Kpi kpi, DateOnly date, DataSet data)
    {
        var latest = kpi.Series.LatestOnOrBefore(date);
        var previous = latest is { } l ? kpi.Series.LatestBefore(l.Date) : null;
        return new KpiAsOf(
            kpi.Id,
            date,
            latest,
            previous,
            latest is { } a && previous is { } b ? Figures.Difference(a.Value, b.Value) : null,
            HealthRule.Of(kpi.Direction, kpi.Green, kpi.Red, latest?.Value),
            HealthRule.IsStale(kpi.Frequency, latest?.Date, date))
        {
            LatestOrigin = latest is { } point ? new ValueOrigin(OriginKind.Csv, data.RowOf(point), kpi.Id, point.Date) : ValueOrigin.None,
            Movement = KpiProgress.Movement(latest is { } c && previous is { } d ? Figures.Difference(c.Value, d.Value) : null, kpi.Direction),
        };
    }

    /// <summary>The ids of the KPIs that needed attention on that day: critical, then warning, then stale, each by name.</summary>
    private static ImmutableArray<string> Attention(IReadOnlyList<Kpi> kpis, ImmutableArray<KpiAsOf> atEnd) =>
        [.. kpis.Zip(atEnd)
            .Where(x => x.Second.Health is KpiHealth.Critical or KpiHealth.Warning || x.Second.Stale)
            .OrderBy(x => x.Second.Health switch { KpiHealth.Critical => 0, KpiHealth.Warning => 1, _ => 2 })
            .ThenBy(x => x.First.Name, StringComparer.Ordinal)
            .Select(x => x.First.Id)];
}
