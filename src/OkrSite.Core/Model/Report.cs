using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Model;

/// <summary>
/// The computed report: every number the site shows. Objectives of every period are here (each scored against its own
/// period at <see cref="AsOf"/>); <see cref="Period"/> is the one the front page reports on.
/// </summary>
public sealed record Report(
    SiteConfig Config,
    DateOnly AsOf,
    Period Period,
    ImmutableArray<Objective> Objectives,
    ImmutableArray<Kpi> Kpis,
    ImmutableArray<Team> Teams,
    PageText? Index,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>One summary per period that has objectives and for the reporting period <see cref="Period"/>, latest first.</summary>
    public ImmutableArray<PeriodSummary> Summaries { get; init; } = [];

    /// <summary>The KPIs that need attention, site-wide: critical, then warning, then stale, each by name.</summary>
    public ImmutableArray<Kpi> Attention { get; init; } = [];

    /// <summary>What changed since the previous report (site.json compareTo, --compare-to); null without one.</summary>
    public Comparison? Comparison { get; init; }

    /// <summary>The periods that have objectives, latest first.</summary>
    public ImmutableArray<Period> Periods => [.. Objectives.Select(o => o.Period).Distinct().OrderDescending()];
}
