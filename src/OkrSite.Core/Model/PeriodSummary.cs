using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>
/// One period at a glance, as its dashboard shows it: how many objectives and key results it has and how they stand,
/// the headline <see cref="Score"/> (the equal-weight mean of its objectives' scores) with its <see cref="Expected"/>
/// progress and <see cref="Status"/>, and <see cref="NeedsAttention"/>: its objectives off track or at risk, worst first.
/// </summary>
public sealed record PeriodSummary(
    Period Period,
    int ObjectiveCount,
    int KeyResultCount,
    StatusCounts Objectives,
    StatusCounts KeyResults,
    double? Score,
    double Expected,
    Status Status,
    ImmutableArray<Objective> NeedsAttention)
{
    /// <summary>
    /// How many objectives are behind: at risk or off track while the period runs, missed once it has ended (the
    /// headline "2 of 3 objectives behind plan"). <see cref="Status"/> is the mean's, which can read on track while
    /// one objective in three is off track: pages state this count instead.
    /// </summary>
    public int Behind { get; init; }

    /// <summary>The period's objectives as its dashboard lists them, attention first (<c>Compute.DashboardOrder</c>).</summary>
    public ImmutableArray<ObjectiveGroup> Groups { get; init; } = [];

    /// <summary>The period has ended at the report date: its figures are those of its last day, and final.</summary>
    public bool Final { get; init; }

    /// <summary>Once <see cref="Final"/>: the headline score graded like an aspirational objective's; null while the period runs.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>Once <see cref="Final"/>: how many of its objectives got each verdict.</summary>
    public VerdictCounts ObjectiveVerdicts { get; init; } = VerdictCounts.None;

    /// <summary>Once <see cref="Final"/>: every KPI as it stood on the period's last day, by id; empty while the period runs (its pages show the latest values).</summary>
    public ImmutableArray<KpiAsOf> Kpis { get; init; } = [];

    /// <summary>Once <see cref="Final"/>: the ids of the KPIs that needed attention on its last day, in the order of <see cref="Report.Attention"/>.</summary>
    public ImmutableArray<string> KpiAttention { get; init; } = [];
}
