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

    /// <summary>The OKR coach's findings (the coach stage's), in diagnostic order: what the attention panels show.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>The grading of every ended period that has objectives, latest first, each overall first, then per team by id.</summary>
    public ImmutableArray<Evaluation> Evaluations { get; init; } = [];

    /// <summary>The periods shown from their archives (okrsite freeze), by period, each with what would now differ.</summary>
    public ImmutableArray<FrozenPeriod> Frozen { get; init; } = [];
}
