using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>Where a group of a period's dashboard sits in the hierarchy.</summary>
public enum ObjectiveGroupKind
{
    /// <summary>The company's own objectives (no team, or the team at the top of the hierarchy): always first.</summary>
    Company,

    /// <summary>Team objectives that align to <see cref="ObjectiveGroup.Parent"/>, which may be in another (longer) period.</summary>
    Aligned,

    /// <summary>Team objectives that align to no objective of the site: always last.</summary>
    NotAligned,
}

/// <summary>
/// One group of a period's objectives as its dashboard lists them, attention first (<c>Compute.DashboardOrder</c>):
/// <see cref="Objectives"/> are shown in full here, worst first; <see cref="AlsoAligned"/> are this period's
/// objectives that align to <see cref="Parent"/> too but are shown under another group (an objective is shown once).
/// Objectives and the parent are <see cref="ObjectiveKey"/>s.
/// </summary>
public sealed record ObjectiveGroup(ObjectiveGroupKind Kind, string? Parent, ImmutableArray<string> Objectives, ImmutableArray<string> AlsoAligned);
