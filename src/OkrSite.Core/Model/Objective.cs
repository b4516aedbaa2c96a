using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// An objective with its scores and both directions of alignment (<see cref="AlignsTo"/> up, <see cref="Children"/>
/// down), both as <see cref="Key"/>s: ids are unique per period only.
/// </summary>
public sealed record Objective(
    string Id,
    string Title,
    Period Period,
    string? Team,
    string? Owner,
    ImmutableArray<string> AlignsTo,
    ImmutableArray<string> Children,
    double? Score,
    double Expected,
    Status Status,
    ImmutableArray<KeyResult> KeyResults,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>The objective's identity across the site, "2026-Q3/retention" (<see cref="ObjectiveKey"/>).</summary>
    public string Key => ObjectiveKey.Of(Period, Id);

    /// <summary>The lowest latest confidence among its key results (the objective is as likely as its least likely key result); null without any.</summary>
    public double? Confidence { get; init; }

    /// <summary><see cref="Confidence"/> minus the same rule over each key result's previous confidence (rounded); null when no key result has two.</summary>
    public double? ConfidenceChange { get; init; }
}
