using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// A key result with its computed values. <see cref="CurrentDate"/> is the date of the data point used as current,
/// if any. The origins say where the baseline, current value and score were taken from (file, line, field).
/// </summary>
public sealed record KeyResult(
    string Id,
    string Title,
    KeyResultType Type,
    string? Metric,
    string? Unit,
    double? Baseline,
    ValueSource BaselineSource,
    double? Target,
    double? Current,
    ValueSource CurrentSource,
    DateOnly? CurrentDate,
    double Weight,
    bool Done,
    double? Progress,
    double? Score,
    bool ManualScore,
    Status Status,
    SourceSpan Source)
{
    public ValueOrigin BaselineOrigin { get; init; } = ValueOrigin.None;

    public ValueOrigin CurrentOrigin { get; init; } = ValueOrigin.None;

    public ValueOrigin ScoreOrigin { get; init; } = ValueOrigin.None;

    /// <summary>The id of the KPI that <see cref="Metric"/> names, null when it names none (or the KR is a milestone).</summary>
    public string? Kpi { get; init; }

    /// <summary>The value the plan from baseline to target expects at the report date; null without both, or for milestones.</summary>
    public double? Plan { get; init; }

    /// <summary>The points of the metric that the chart and table show; null for milestones and metrics without data.</summary>
    public SeriesWindow? Window { get; init; }

    /// <summary>The key result's check-ins up to the report date, both sources merged, oldest first.</summary>
    public ImmutableArray<CheckIn> CheckIns { get; init; } = [];

    /// <summary>The latest check-in's confidence (0–10): of the latest check-in that gives one; null without any.</summary>
    public double? Confidence { get; init; }

    /// <summary>The latest confidence minus the one before it (rounded); null with fewer than two.</summary>
    public double? ConfidenceChange { get; init; }

    /// <summary>Whether the key result has gone longer than the site's cadence without a check-in (open, started periods only).</summary>
    public bool CheckInOverdue { get; init; }

    /// <summary>
    /// Days from the latest check-in (or, without one, the period's start) to the report date, when the period is open
    /// and check-ins are expected in it; null otherwise. What "no check-in for 12 days" says.
    /// </summary>
    public int? DaysSinceCheckIn { get; init; }
}
