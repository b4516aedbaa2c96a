using OkrSite.Core.Model;
using ScottPlot;
using DataPoint = OkrSite.Core.Model.DataPoint;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The data of a metric key result's chart: the metric's values over the objective's period (with the baseline
/// point, the last value before the period starts), the plan from baseline to target (and, from the Report, its value
/// by now), the target and the report date.
/// </summary>
internal sealed record KeyResultChart(
    string Name,
    string? Unit,
    Period Period,
    IReadOnlyList<DataPoint> Points,
    double? Baseline,
    double? Target,
    double? Plan,
    Status Status,
    DateOnly AsOf)
{
    /// <summary>The key result's check-ins, marked on the chart: a diamond at its value, or a tick on the axis without one.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

    public const int Width = 720;
    public const int Height = 300;

    public static KeyResultChart From(Objective objective, KeyResult kr, DateOnly asOf, string? name)
    {
        if (kr.Type != KeyResultType.Metric)
        {
            throw new ArgumentException($"Key result '{objective.Id}/{kr.Id}' is a milestone; only metric key results have a chart.", nameof(kr));
        }

        var period = objective.Period;
        var until = asOf < period.End ? asOf : period.End;
        IReadOnlyList<DataPoint> points = [];
        if (kr.Window is { } window)
        {
            points = window.Points;
        }
        else if (kr.CurrentSource == ValueSource.Explicit && kr.Current is { } current && until >= period.Start)
        {
            // Measured by hand, without data: the written value, as of the report date.
            points = [new DataPoint(until, current)];
        }

        return new(name ?? Humanize(kr.Metric) ?? "The value", kr.Unit, period, points, kr.Baseline, kr.Target, kr.Plan, kr.Status, asOf)
        {
            CheckIns = kr.CheckIns,
        };
    }

    /// <summary>"customer-retention" → "Customer retention".</summary>
    private static string? Humanize(string? metric)
    {
        if (string.IsNullOrWhiteSpace(metric))
        {
            return null;
        }

        var words = metric.Trim().Replace('-', ' ').Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// "Customer retention rose from 74.6 % on 2026-09-30 to 75.8 % on 2026-10-31; target 78 %, plan 76.34 % by today."
    /// </summary>
    public string AltText()
    {
        if (Points.Count == 0)
        {
            return "No data yet.";
        }

        var text = Trend.Sentence(Name, Points[0], Points[^1], Unit, between: false);
        var tail = new List<string>();
        if (Target is { } target)
        {
            tail.Add("target " + ChartText.Value(target, Unit));
        }

        if (Plan is { } plan && Period.Contains(AsOf) && AsOf < Period.End)
        {
            tail.Add("plan " + ChartText.Value(plan, Unit) + " by today");
        }

        if (CheckIns.Count > 0)
        {
            var latest = CheckIns[^1];
            var confidence = latest.Confidence is { } c ? $", confidence {ChartText.Value(c, null)}/10" : string.Empty;
            tail.Add(CheckIns.Count == 1
                ? $"1 check-in, on {ChartText.MonthDay(latest.Date)}{confidence}"
                : $"{CheckIns.Count} check-ins, the latest on {ChartText.MonthDay(latest.Date)}{confidence}");
        }

        return tail.Count == 0 ? text + "." : $"{text}; {string.Join(", ", tail)}.";
    }

    public void Draw(Plot plot, Palette palette)
    {
        var muted = ChartStyle.Of(palette.Muted);
        double xMin = DateTicks.X(Period.Start), xMax = DateTicks.X(Period.End);
        var values = Points.Select(p => p.Value).ToList();
        values.AddRange(new[] { Target, Target is null ? null : Baseline }.OfType<double>());
        var range = ValueRange.Around(values);

        if (Target is { } target)
        {
            var line = plot.Add.HorizontalLine(range.Y(target), 1, muted, LinePattern.Solid);
            line.EnableAutoscale = false;
            line.ExcludeFromLegend = true;
            ChartStyle.Note(plot, "target " + ChartText.Value(target, Unit), xMin, range.Y(target), Alignment.LowerLeft, muted);
        }

        if (Baseline is { } baseline && Target is { } end)
        {
            var plan = plot.Add.Line(xMin, range.Y(baseline), xMax, range.Y(end));
            plan.LineColor = muted;
            plan.LineWidth = 1.5f;
            plan.LinePattern = LinePattern.Dashed;
            plan.MarkerSize = 0;
        }

        if (Period.Contains(AsOf))
        {
            var x = DateTicks.X(AsOf);
            var today = plot.Add.VerticalLine(x, 1, muted, LinePattern.Dotted);
            today.EnableAutoscale = false;
            today.ExcludeFromLegend = true;
            var left = AsOf.DayNumber - Period.Start.DayNumber > Period.Days / 2;
            ChartStyle.Note(plot, "as of " + ChartText.MonthDay(AsOf), x, range.Max, left ? Alignment.UpperRight : Alignment.UpperLeft, muted, left ? -2 : 2);
        }

        if (Points.Count > 0)
        {
            var colour = ChartStyle.StatusColor(palette, Status);
            var line = plot.Add.ScatterLine(Points.Select(p => DateTicks.X(p.Date)).ToArray(), Points.Select(p => range.Y(p.Value)).ToArray(), colour);
            line.LineWidth = 2;
            line.MarkerShape = MarkerShape.FilledCircle;
            line.MarkerSize = 7;
            line.MarkerColor = colour;
        }

        MarkCheckIns(plot, palette, range);

        ChartStyle.Apply(plot, palette, Unit, range.Scale);
        ChartStyle.DateAxis(plot, xMin, xMax, Width);
        plot.Axes.SetLimitsY(range.Min, range.Max);
    }

    /// <summary>
    /// Check-ins with a value as open diamonds at that value (a reading the export may not have), the others as
    /// triangles on the bottom edge at their dates, in the muted colour so they never read as the data line.
    /// </summary>
    private void MarkCheckIns(Plot plot, Palette palette, ValueRange range)
    {
        var muted = ChartStyle.Of(palette.Muted);
        var inPeriod = CheckIns.Where(c => Period.Contains(c.Date)).ToList();
        var valued = inPeriod.Where(c => c.Value is not null).ToList();
        if (valued.Count > 0)
        {
            plot.Add.Markers(valued.Select(c => DateTicks.X(c.Date)).ToArray(), valued.Select(c => range.Y(c.Value!.Value)).ToArray(), MarkerShape.OpenDiamond, 9, muted);
        }

        var dated = inPeriod.Where(c => c.Value is null).ToList();
        if (dated.Count > 0)
        {
            plot.Add.Markers(dated.Select(c => DateTicks.X(c.Date)).ToArray(), dated.Select(_ => range.Min).ToArray(), MarkerShape.FilledTriangleUp, 7, muted);
        }
    }

    /// <summary>What the chart's check-in marks are drawn from, for the chart cache's key.</summary>
    public static string CheckInKey(KeyResult kr) =>
        string.Join(';', kr.CheckIns.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Date.DayNumber},{c.Value:R},{c.Confidence:R}")));
}
