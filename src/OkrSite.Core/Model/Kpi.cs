using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// A KPI with its health at the report date. <see cref="Series"/> holds the values up to the report date;
/// <see cref="LinkedKeyResults"/> are the KRs of any period that track it ("2026-Q3/retention/kr1", <see cref="ObjectiveKey"/>).
/// </summary>
public sealed record Kpi(
    string Id,
    string Name,
    string? Unit,
    Direction Direction,
    Indicator? Indicator,
    Frequency? Frequency,
    string? Owner,
    string? DataSource,
    string? Team,
    double? Target,
    double? Green,
    double? Red,
    DataPoint? Latest,
    KpiHealth Health,
    bool Stale,
    ImmutableArray<string> LinkedKeyResults,
    Series Series,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>The CSV row <see cref="Latest"/> was read from.</summary>
    public ValueOrigin LatestOrigin { get; init; } = ValueOrigin.None;

    /// <summary>The value before <see cref="Latest"/>, if the series has one.</summary>
    public DataPoint? Previous { get; init; }

    /// <summary>Latest − previous, rounded; null without both, or when the difference is beyond the range of double.</summary>
    public double? Change { get; init; }

    /// <summary>Target − latest, rounded: how far the KPI still has to move (negative: down); null without both.</summary>
    public double? ToTarget { get; init; }

    /// <summary>How far the latest value still is from the target in the better direction, rounded: positive while short of it, 0 on it, negative past it; null without both.</summary>
    public double? TargetGap { get; init; }

    /// <summary>The latest value is at or past the target in the better direction; null without both.</summary>
    public bool? TargetMet { get; init; }

    /// <summary>Whether <see cref="Change"/> moved the KPI the better way for its direction; null without a change.</summary>
    public KpiMovement? Movement { get; init; }

    /// <summary>Days from the latest value's date to the report date; null without a latest value.</summary>
    public int? AgeDays { get; init; }

    /// <summary>The front matter's <c>coach:</c> switch: which of the coach's checks are off for this file.</summary>
    public CoachSwitch Coach { get; init; } = CoachSwitch.On;

    /// <summary>The key results that track this KPI, one per period and objective, earliest period first: the KPI's story across periods.</summary>
    public ImmutableArray<CarriedKeyResult> CarriedForward { get; init; } = [];
}
