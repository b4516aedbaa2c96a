using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>A team with its place in the hierarchy and the objectives (by <see cref="ObjectiveKey"/>) and KPIs it owns.</summary>
public sealed record Team(
    string Id,
    string Name,
    string? Parent,
    ImmutableArray<string> Children,
    ImmutableArray<string> Objectives,
    ImmutableArray<string> Kpis,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>Per period that the team or a sub-team has objectives in, latest first: the roll-up over all of them.</summary>
    public ImmutableArray<TeamRollup> Rollups { get; init; } = [];

    /// <summary>The front matter's <c>coach:</c> switch: which of the coach's checks are off for this file.</summary>
    public CoachSwitch Coach { get; init; } = CoachSwitch.On;
}
