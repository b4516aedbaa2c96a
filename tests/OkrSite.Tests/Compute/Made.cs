using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

/// <summary>Computed objectives, key results and KPIs made by hand, for the tests of the figures built from them.</summary>
internal static class Made
{
    public static KeyResult Kr(string id, Status status, double? score = null) =>
        new(id, id, KeyResultType.Milestone, null, null, null, ValueSource.None, null, null, ValueSource.None, null, 1, false, score, score, false, status, SourceSpan.None);

    public static Objective Objective(string id, string period, double? score, Status status, string? team = null, params KeyResult[] keyResults) =>
        new(id, id, Period.Parse(period), team, null, [], [], score, 0.5, status, [.. keyResults], MarkdownText.Empty, SourceSpan.None);

    public static Kpi Kpi(string id, string name, KpiHealth health, bool stale = false) =>
        new(id, name, null, Direction.Higher, null, null, null, null, null, null, null, null, null, health, stale, ImmutableArray<string>.Empty, new Series(id, []), MarkdownText.Empty, SourceSpan.None);
}
