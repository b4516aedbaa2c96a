using System.Collections.Immutable;

namespace OkrSite.Core.Model.Definitions;

/// <summary>Everything read from content/, each list sorted by file path.</summary>
internal sealed record ContentSet(
    ImmutableArray<TeamDefinition> Teams,
    ImmutableArray<KpiDefinition> Kpis,
    ImmutableArray<ObjectiveDefinition> Objectives,
    PageText? Index);

/// <summary>Free prose such as content/index.md.</summary>
public sealed record PageText(string? Title, MarkdownText Body);
