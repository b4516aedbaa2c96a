using System.Collections.Immutable;
using OkrSite.Core.Model;
using DataPoint = OkrSite.Core.Model.DataPoint;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The data of a KPI's chart: its whole series up to the report date, the green and red zones, the target, and the
/// latest value in the colour of the KPI's health.
/// </summary>
internal sealed record KpiTrendChart(Kpi Kpi, ImmutableArray<DataPoint> Points, DateOnly AsOf)
{
    /// <summary>Above this many points the line has no markers of its own (only notes and the latest value do).</summary>
    private const int MaxMarkedPoints = 60;

    /// <summary>The alt text names at most this many notes, the latest; the data table lists them all.</summary>
    private const int MaxNotesInAltText = 5;

    public static KpiTrendChart From(Kpi kpi, DateOnly asOf) =>
        new(kpi, kpi.Series.IsEmpty ? [] : kpi.Series.Until(asOf), asOf);

    /// <summary>"Churn fell from 4 on 29 Jun 2026 to 3.5 on 3 Aug 2026; healthy at or below 2, critical at or above 5; note on …"</summary>
    public string AltText(ChartFormat format)
    {
        if (Points.IsDefaultOrEmpty)
        {
            return format.Text("charts.no_data");
        }

        var text = Trend.Sentence(Kpi.Name, Points[0], Points[^1], Kpi.Unit, format);
        var higher = Kpi.Direction == Direction.Higher;
        var tail = new List<string>();
        if (Kpi.Green is { } green)
        {
            tail.Add(format.Text(higher ? "charts.alt.healthy_above" : "charts.alt.healthy_below", format.Value(green, Kpi.Unit)));
        }

        if (Kpi.Red is { } red)
        {
            tail.Add(format.Text(higher ? "charts.alt.critical_below" : "charts.alt.critical_above", format.Value(red, Kpi.Unit)));
        }

        if (Kpi.Target is { } target)
        {
            tail.Add(format.Text("charts.alt.target", format.Value(target, Kpi.Unit)));
        }

        // The notes the chart circles, so a reader of the alt text learns what they say.
        var notes = Points.Where(p => !string.IsNullOrWhiteSpace(p.Note)).TakeLast(MaxNotesInAltText)
            .Select(p => format.Text("charts.alt.note", format.Date(p.Date), p.Note!.Trim())).ToList();
        var sentence = tail.Count == 0 ? text : $"{text}; {string.Join(", ", tail)}";
        return notes.Count == 0 ? sentence + "." : $"{sentence}; {string.Join("; ", notes)}.";
    }

    /// <summary>
    /// The chart: the healthy and critical zones (labelled, edges solid and dashed), the target, the values at their
    /// dates with the noted ones circled, and the latest value as a dot in the KPI's health colour, labelled.
    /// </summary>
    public ChartSpec Spec(ChartFormat format)
    {
        var (xMin, xMax) = XRange();
        var values = Points.Select(p => p.Value).ToList();
        values.AddRange(new[] { Kpi.Green, Kpi.Red, Kpi.Target }.OfType<double>());
        var higher = Kpi.Direction == Direction.Higher;
        var zones = new List<ChartZone>();
        var legend = new List<LegendEntry>();
        if (!Points.IsDefaultOrEmpty)
        {
            legend.Add(new(LegendKind.Actual, format.Text("charts.legend.actual")));
        }

        if (Kpi.Green is { } green)
        {
            var label = format.Text(higher ? "charts.zone.healthy_above" : "charts.zone.healthy_below", format.Value(green, Kpi.Unit));
            zones.Add(new(ChartRole.Healthy, higher ? green : null, higher ? null : green, green, ChartDash.Solid, label));
            legend.Add(new(LegendKind.Healthy, format.Text("charts.legend.healthy")));
        }

        if (Kpi.Red is { } red)
        {
            var label = format.Text(higher ? "charts.zone.critical_below" : "charts.zone.critical_above", format.Value(red, Kpi.Unit));
            zones.Add(new(ChartRole.Critical, higher ? null : red, higher ? red : null, red, ChartDash.Dashed, label));
            legend.Add(new(LegendKind.Critical, format.Text("charts.legend.critical")));
        }

        var levels = new List<ChartLevel>();
        if (Kpi.Target is { } target)
        {
            levels.Add(new(ChartRole.Target, target, ChartDash.Solid, format.Text("charts.target", format.Value(target, Kpi.Unit))));
            legend.Add(new(LegendKind.Target, format.Text("charts.legend.target")));
        }

        var lines = new List<ChartLine>();
        var marks = new List<ChartMarks>();
        ChartCallout? latest = null;
        if (!Points.IsDefaultOrEmpty)
        {
            lines.Add(new(ChartRole.Actual, [.. Points.Select(p => new ChartPoint(DateTicks.X(p.Date), p.Value))], ChartDash.Solid, 2, Points.Length <= MaxMarkedPoints ? ChartMark.Dot : ChartMark.None, 5));
            var noted = Points.Where(p => !string.IsNullOrWhiteSpace(p.Note)).ToList();
            if (noted.Count > 0)
            {
                marks.Add(new(ChartRole.Text, ChartMark.OpenCircle, [.. noted.Select(p => new ChartPoint(DateTicks.X(p.Date), p.Value))], 12));
                legend.Add(new(LegendKind.Note, format.Text("charts.legend.note")));
            }

            var last = Points[^1];
            latest = new(new(DateTicks.X(last.Date), last.Value), HealthRole(Kpi.Health), format.Text("charts.latest", format.Value(last.Value, Kpi.Unit), format.ShortDate(last.Date)));
            legend.Add(new(LegendKind.Latest, format.Text("charts.legend.latest")));
        }

        return new ChartSpec(ChartKind.KpiTrend, AltText(format), Kpi.Unit, ValueRange.Around(values), xMin, xMax)
        {
            Zones = zones,
            Levels = levels,
            Lines = lines,
            Marks = marks,
            Latest = latest,
            Legend = legend,
            Format = format,
        };
    }

    private static ChartRole HealthRole(KpiHealth health) => health switch
    {
        KpiHealth.Healthy => ChartRole.Good,
        KpiHealth.Warning => ChartRole.Warn,
        KpiHealth.Critical => ChartRole.Bad,
        _ => ChartRole.Neutral,
    };

    /// <summary>From the first value to the report date (so a stale KPI shows its gap), at least two weeks, padded by 3 %.</summary>
    private (double Min, double Max) XRange()
    {
        // In coordinates, not dates: four weeks before 0100-01-10 is no chartable date, but is a place on the axis.
        var last = Points.IsDefaultOrEmpty || Points[^1].Date < AsOf ? AsOf : Points[^1].Date;
        double max = DateTicks.X(last), min = Points.IsDefaultOrEmpty ? DateTicks.X(AsOf) - 28 : DateTicks.X(Points[0].Date);
        if (max - min < 14)
        {
            var centre = (min + max) / 2;
            (min, max) = (centre - 7, centre + 7);
        }

        var pad = Math.Max(0.5, (max - min) * 0.03);
        return (min - pad, max + pad);
    }
}
