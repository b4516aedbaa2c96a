using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>A key result as written in its objective's front matter; values not written are null.</summary>
internal sealed record KeyResultDefinition(
    string Id,
    SourceSpan Source,
    string Title,
    KeyResultType Type,
    Located<string>? Metric,
    double? Baseline,
    double? Target,
    double? Current,
    string? Unit,
    double Weight,
    bool Done,
    double? Progress,
    double? Score)
{
    /// <summary>Where the value fields (baseline, current, score, done, progress) are written, for their provenance.</summary>
    public FieldPositions Positions { get; init; } = FieldPositions.None;

    /// <summary>Its check-ins: the <c>checkins:</c> list, and after Validate the check-ins CSV rows that name it too; in no particular order.</summary>
    public ImmutableArray<CheckIn> CheckIns { get; init; } = [];
}
