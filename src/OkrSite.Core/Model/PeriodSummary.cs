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
    ImmutableArray<Objective> NeedsAttention);
