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

    /// <summary>The final grade once its period has ended, by its objective's kind; null while the period runs.</summary>
    public Verdict? Verdict { get; init; }
}
