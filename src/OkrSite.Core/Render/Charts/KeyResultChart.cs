using OkrSite.Core.Model;
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
    /// <summary>The key result's check-ins, marked on the chart: a diamond at its value, or a triangle on the value line without one.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

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

        return new(name ?? Humanize(kr.Metric) ?? string.Empty, kr.Unit, period, points, kr.Baseline, kr.Target, kr.Plan, kr.Status, asOf)
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
    /// "Customer retention rose from 74.6 % on 30 Sep 2026 to 75.8 % on 31 Oct 2026; target 78 %, plan 76.34 % by today."
    /// </summary>
    public string AltText(ChartFormat format)
    {
        if (Points.Count == 0)
        {
            return format.Text("charts.no_data");
        }

        var text = Trend.Sentence(Name.Length == 0 ? format.Text("charts.value") : Name, Points[0], Points[^1], Unit, format);
        var tail = new List<string>();
        if (Target is { } target)
        {
            tail.Add(format.Text("charts.alt.target", format.Value(target, Unit)));
        }

        if (ShowsPlanByToday && Plan is { } plan)
        {
            tail.Add(format.Text("charts.alt.plan", format.Value(plan, Unit)));
        }

        if (CheckIns.Count > 0)
        {
            var latest = CheckIns[^1];
            var confidence = latest.Confidence is { } c ? ", " + format.Text("charts.alt.confidence", format.Value(c, null)) : string.Empty;
            tail.Add((CheckIns.Count == 1
                ? format.Text("charts.alt.check_in", format.Date(latest.Date))
                : format.Text("charts.alt.check_ins", CheckIns.Count, format.Date(latest.Date))) + confidence);
        }

        return tail.Count == 0 ? text + "." : $"{text}; {string.Join(", ", tail)}.";
    }

    private bool ShowsPlanByToday => Period.Contains(AsOf) && AsOf < Period.End;

    /// <summary>
    /// The chart: the values as a line at their dates, the plan from baseline to target, the target, the report date,
    /// the check-ins, and the latest value as a dot in the key result's status colour, labelled with value and date.
    /// </summary>
    public ChartSpec Spec(ChartFormat format)
    {
        double xMin = DateTicks.X(Period.Start), xMax = DateTicks.X(Period.End);
        var values = Points.Select(p => p.Value).ToList();
        values.AddRange(new[] { Target, Target is null ? null : Baseline }.OfType<double>());
        var legend = new List<LegendEntry>();
        var levels = new List<ChartLevel>();
        var lines = new List<ChartLine>();
        var marks = new List<ChartMarks>();
        if (Points.Count > 0)
        {
            legend.Add(new(LegendKind.Actual, format.Text("charts.legend.actual")));
        }

        if (Baseline is { } baseline && Target is { } end)
        {
            lines.Add(new(ChartRole.Plan, [new(xMin, baseline), new(xMax, end)], ChartDash.Dashed, 1.5f, ChartMark.None, 0));
            legend.Add(new(LegendKind.Plan, format.Text("charts.legend.plan")));
        }

        if (Target is { } target)
        {
            levels.Add(new(ChartRole.Target, target, ChartDash.Solid, format.Text("charts.target", format.Value(target, Unit))));
            legend.Add(new(LegendKind.Target, format.Text("charts.legend.target")));
        }

        if (Points.Count > 0)
        {
            lines.Add(new(ChartRole.Actual, [.. Points.Select(p => new ChartPoint(DateTicks.X(p.Date), p.Value))], ChartDash.Solid, 2, ChartMark.Dot, 6));
        }

        var inPeriod = CheckIns.Where(c => Period.Contains(c.Date)).ToList();
        var valued = inPeriod.Where(c => c.Value is not null).ToList();
        if (valued.Count > 0)
        {
            marks.Add(new(ChartRole.Muted, ChartMark.OpenDiamond, [.. valued.Select(c => new ChartPoint(DateTicks.X(c.Date), c.Value!.Value))], 9));
            legend.Add(new(LegendKind.CheckInValue, format.Text("charts.legend.check_in_value")));
        }

        // A check-in without a value sits on the value line at its date, where a reader looks; a small mark on the
        // bottom axis was easy to miss. Without any values there is no line, and the mark stays on the bottom edge.
        var dated = inPeriod.Where(c => c.Value is null).ToList();
        if (dated.Count > 0)
        {
            marks.Add(Points.Count > 0
                ? new(ChartRole.Muted, ChartMark.TriangleUp, [.. dated.Select(c => new ChartPoint(DateTicks.X(c.Date), ValueOnLine(Points, c.Date)))], 10)
                : new(ChartRole.Muted, ChartMark.TriangleUp, [.. dated.Select(c => new ChartPoint(DateTicks.X(c.Date), 0))], 10, OnBottomEdge: true));
            legend.Add(new(LegendKind.CheckIn, format.Text("charts.legend.check_in")));
        }

        ChartCallout? latest = null;
        if (Points.Count > 0)
        {
            var last = Points[^1];
            latest = new(new(DateTicks.X(last.Date), last.Value), StatusRole(Status), format.Text("charts.latest", format.Value(last.Value, Unit), format.ShortDate(last.Date)));
            legend.Add(new(LegendKind.Latest, format.Text("charts.legend.latest")));
        }

        return new ChartSpec(ChartKind.KeyResult, AltText(format), Unit, ValueRange.Around(values), xMin, xMax)
        {
            Levels = levels,
            Lines = lines,
            Marks = marks,
            Today = Period.Contains(AsOf) ? new ChartDateMark(DateTicks.X(AsOf), format.Text("charts.as_of", format.ShortDate(AsOf))) : null,
            Latest = latest,
            Legend = legend,
            Format = format,
        };
    }

    /// <summary>
    /// The value the line through <paramref name="points"/> (sorted by date) shows on <paramref name="date"/>: between
    /// two points on the straight line joining them, before the first or after the last at that point's value.
    /// </summary>
    internal static double ValueOnLine(IReadOnlyList<DataPoint> points, DateOnly date)
    {
        if (date <= points[0].Date)
        {
            return points[0].Value;
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (date <= points[i].Date)
            {
                var (from, to) = (points[i - 1], points[i]);
                var share = (date.DayNumber - from.Date.DayNumber) / (double)(to.Date.DayNumber - from.Date.DayNumber);
                return from.Value + (share * (to.Value - from.Value));
            }
        }

        return points[^1].Value;
    }

    private static ChartRole StatusRole(Status status) => status switch
    {
        Status.OnTrack => ChartRole.Good,
        Status.AtRisk => ChartRole.Warn,
        Status.OffTrack => ChartRole.Bad,
        _ => ChartRole.Neutral,
    };

    /// <summary>What the chart's check-in marks are drawn from, for the chart cache's key.</summary>
    public static string CheckInKey(KeyResult kr) =>
        string.Join(';', kr.CheckIns.Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Date.DayNumber},{c.Value:R},{c.Confidence:R}")));
}
