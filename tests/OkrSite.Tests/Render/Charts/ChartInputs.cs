using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Render.Charts;

/// <summary>Hand-made objectives, key results and KPIs for the chart tests, modelled on the sample site.</summary>
internal static class ChartInputs
{
    public static readonly DateOnly AsOf = new(2026, 11, 16);

    public static Series Series(string metric, params (string Date, double Value)[] points) =>
        new(metric, [.. points.Select(p => new DataPoint(DateOnly.Parse(p.Date, System.Globalization.CultureInfo.InvariantCulture), p.Value))]);

    public static Series Noted(Series series, string date, string note) =>
        series with { Points = [.. series.Points.Select(p => p.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date ? p with { Note = note } : p)] };

    /// <summary>Retention 2026-Q4 as in docs/format.md: baseline 74.6 (2026-09-30), current 75.8 (2026-10-31), target 78, at risk.</summary>
    public static Series Retention { get; } = Series(
        "customer-retention",
        ("2025-12-31", 72), ("2026-03-31", 72.4), ("2026-06-30", 73), ("2026-08-31", 74.1), ("2026-09-30", 74.6), ("2026-10-31", 75.8));

    public static KeyResult MetricKr(string metric, string? unit, double? baseline, double? target, Status status, double? current = null, ValueSource currentSource = ValueSource.Data) =>
        new("kr1", "A key result", KeyResultType.Metric, metric, unit, baseline, baseline is null ? ValueSource.None : ValueSource.Data, target,
            current, current is null ? ValueSource.None : currentSource, null, 1, false, null, null, false, status, SourceSpan.None);

    /// <summary>The key result with the window of <paramref name="series"/> that the compute stage gives it (none without data).</summary>
    public static KeyResult Over(this KeyResult kr, Period period, Series? series, DateOnly asOf) =>
        kr with { Window = series is { IsEmpty: false } s ? s.Window(period.Start, asOf < period.End ? asOf : period.End) : null };

    public static Objective Objective(Period period, KeyResult kr, DateOnly asOf)
    {
        var expected = asOf < period.Start ? 0 : asOf >= period.End ? 1 : (asOf.DayNumber - period.Start.DayNumber + 1) / (double)period.Days;
        return new("an-objective", "An objective", period, null, null, [], [], null, expected, kr.Status, [kr], MarkdownText.Empty, SourceSpan.None);
    }

    public static Kpi Kpi(string name, string? unit, Direction direction, double? green, double? red, double? target, KpiHealth health, Series series) =>
        new("a-kpi", name, unit, direction, null, null, null, null, null, target, green, red,
            series.IsEmpty ? null : series.Points[^1], health, false, ImmutableArray<string>.Empty, series, MarkdownText.Empty, SourceSpan.None);

    public static Kpi RetentionKpi { get; } = Kpi("Customer retention", "%", Direction.Higher, 78, 72, 80, KpiHealth.Warning, Noted(Retention, "2026-08-31", "Loyalty programme launched"));

    public static Kpi Churn(params (string Date, double Value)[] points) =>
        Kpi("Churn", null, Direction.Lower, 2, 5, null, KpiHealth.Warning, Series("churn", points));
}
