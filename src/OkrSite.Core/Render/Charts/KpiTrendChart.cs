using System.Collections.Immutable;
using OkrSite.Core.Model;
using ScottPlot;
using DataPoint = OkrSite.Core.Model.DataPoint;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The data of a KPI's chart: its whole series up to the report date, the green and red zones, the target, and the
/// latest value in the colour of the KPI's health.
/// </summary>
internal sealed record KpiTrendChart(Kpi Kpi, ImmutableArray<DataPoint> Points, DateOnly AsOf)
{
    public const int Width = 720;
    public const int Height = 320;

    /// <summary>Above this many points the line has no markers of its own (only notes and the latest value do).</summary>
    private const int MaxMarkedPoints = 60;

    private const double ZoneOpacity = 0.12;
    private const double ThresholdOpacity = 0.55;

    public static KpiTrendChart From(Kpi kpi, DateOnly asOf) =>
        new(kpi, kpi.Series.IsEmpty ? [] : kpi.Series.Until(asOf), asOf);

    /// <summary>"Churn fell from 4 to 3.5 between 2026-06-29 and 2026-08-03; healthy at or below 2, critical at or above 5."</summary>
    public string AltText()
    {
        if (Points.IsDefaultOrEmpty)
        {
            return "No data yet.";
        }

        var text = Trend.Sentence(Kpi.Name, Points[0], Points[^1], Kpi.Unit, between: true);
        var higher = Kpi.Direction == Direction.Higher;
        var tail = new List<string>();
        if (Kpi.Green is { } green)
        {
            tail.Add($"healthy at or {(higher ? "above" : "below")} {ChartText.Value(green, Kpi.Unit)}");
        }

        if (Kpi.Red is { } red)
        {
            tail.Add($"critical at or {(higher ? "below" : "above")} {ChartText.Value(red, Kpi.Unit)}");
        }

        if (Kpi.Target is { } target)
        {
            tail.Add("target " + ChartText.Value(target, Kpi.Unit));
        }

        return tail.Count == 0 ? text + "." : $"{text}; {string.Join(", ", tail)}.";
    }

    public void Draw(Plot plot, Palette palette)
    {
        var (xMin, xMax) = XRange();
        var values = Points.Select(p => p.Value).ToList();
        values.AddRange(new[] { Kpi.Green, Kpi.Red, Kpi.Target }.OfType<double>());
        var range = ValueRange.Around(values);

        // Zones reach well past the visible range so that their outer edges never show.
        double below = range.Min - range.Span, above = range.Max + range.Span;
        var higher = Kpi.Direction == Direction.Higher;
        if (Kpi.Green is { } green)
        {
            Zone(plot, higher ? range.Y(green) : below, higher ? above : range.Y(green), range.Y(green), ChartStyle.Of(palette.Good));
        }

        if (Kpi.Red is { } red)
        {
            Zone(plot, higher ? below : range.Y(red), higher ? range.Y(red) : above, range.Y(red), ChartStyle.Of(palette.Bad));
        }

        var muted = ChartStyle.Of(palette.Muted);
        if (Kpi.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(range.Y(target), 1.5f, muted, LinePattern.Dashed);
            line.EnableAutoscale = false;
            line.ExcludeFromLegend = true;
            ChartStyle.Note(plot, "target " + ChartText.Value(target, Kpi.Unit), xMin, range.Y(target), Alignment.LowerLeft, muted);
        }

        if (!Points.IsDefaultOrEmpty)
        {
            var accent = ChartStyle.Of(palette.Accent);
            var series = plot.Add.ScatterLine(Points.Select(p => DateTicks.X(p.Date)).ToArray(), Points.Select(p => range.Y(p.Value)).ToArray(), accent);
            series.LineWidth = 2;
            series.MarkerShape = Points.Length <= MaxMarkedPoints ? MarkerShape.FilledCircle : MarkerShape.None;
            series.MarkerSize = 5;
            series.MarkerColor = accent;

            var noted = Points.Where(p => !string.IsNullOrWhiteSpace(p.Note)).ToArray();
            if (noted.Length > 0)
            {
                var notes = plot.Add.Markers(noted.Select(p => DateTicks.X(p.Date)).ToArray(), noted.Select(p => range.Y(p.Value)).ToArray(), MarkerShape.OpenCircle, 12, ChartStyle.Of(palette.Text));
                notes.MarkerLineWidth = 1.5f;
            }

            var latest = Points[^1];
            var health = plot.Add.Marker(DateTicks.X(latest.Date), range.Y(latest.Value), MarkerShape.FilledCircle, 10, ChartStyle.HealthColor(palette, Kpi.Health));
            health.MarkerLineWidth = 0;
        }

        ChartStyle.Apply(plot, palette, Kpi.Unit, range.Scale);
        ChartStyle.DateAxis(plot, xMin, xMax, Width);
        plot.Axes.SetLimitsY(range.Min, range.Max);
    }

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

    private static void Zone(Plot plot, double from, double to, double threshold, Color colour)
    {
        var zone = plot.Add.VerticalSpan(from, to, colour.WithOpacity(ZoneOpacity));
        zone.LineWidth = 0;
        zone.EnableAutoscale = false;
        var edge = plot.Add.HorizontalLine(threshold, 1, colour.WithOpacity(ThresholdOpacity), LinePattern.Solid);
        edge.EnableAutoscale = false;
        edge.ExcludeFromLegend = true;
    }
}
