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

    /// <summary>The front matter's <c>coach:</c> switch: which of the coach's checks are off for this file.</summary>
    public CoachSwitch Coach { get; init; } = CoachSwitch.On;

    /// <summary>The lowest latest confidence among its key results (the objective is as likely as its least likely key result); null without any.</summary>
    public double? Confidence { get; init; }

    /// <summary><see cref="Confidence"/> minus the same rule over each key result's previous confidence (rounded); null when no key result has two.</summary>
    public double? ConfidenceChange { get; init; }

    /// <summary>Committed (expected to reach 1.0) or aspirational (0.7 is success, the default).</summary>
    public ObjectiveKind Kind { get; init; } = ObjectiveKind.Aspirational;

    /// <summary>The period has ended at the report date: every figure is the one of its last day, and final.</summary>
    public bool Final { get; init; }

    /// <summary>The final grade once <see cref="Final"/>, by <see cref="Kind"/>; null while the period runs.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>Objectives of the same team (or of the company, without one) in longer periods that contain this one's ("this year"), longest first.</summary>
    public ImmutableArray<string> Enclosing { get; init; } = [];

    /// <summary>Objectives of the same team (or company) in shorter periods within this one's ("this year's quarters"), earliest first.</summary>
    public ImmutableArray<string> Nested { get; init; } = [];

    /// <summary>The day its period was frozen when its figures come from content/archive/ (<see cref="PeriodArchive"/>); null when computed.</summary>
    public DateOnly? FrozenOn { get; init; }
}
