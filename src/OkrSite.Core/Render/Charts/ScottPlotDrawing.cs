using ScottPlot;

namespace OkrSite.Core.Render.Charts;

/// <summary>How <see cref="ScottPlotBackend"/> draws the elements of a <see cref="ChartSpec"/> in one layout.</summary>
internal static class ScottPlotDrawing
{
    private const double ZoneOpacity = 0.13;

    public static void Draw(Plot plot, ChartSpec spec, ChartLayout layout)
    {
        var range = spec.Range;
        double xMin = spec.XMin, xMax = spec.XMax;
        var dates = ChartStyle.DateGrid(plot, layout, xMin, xMax, spec.Format);

        // Zones reach well past the visible range so that their outer edges never show.
        double below = range.Min - range.Span, above = range.Max + range.Span;
        foreach (var zone in spec.Zones)
        {
            var band = plot.Add.VerticalSpan(zone.From is { } f ? range.Y(f) : below, zone.To is { } t ? range.Y(t) : above, ChartStyle.Of(zone.Role).WithOpacity(ZoneOpacity));
            band.LineWidth = 0;
            band.EnableAutoscale = false;
            var edge = plot.Add.HorizontalLine(range.Y(zone.Edge), 1.5f, ChartStyle.Of(zone.Role), ChartStyle.Pattern(zone.EdgeDash));
            edge.EnableAutoscale = false;
            edge.ExcludeFromLegend = true;

            // The label in the zone's far corner: top left of a zone open upwards, bottom left of one open downwards.
            var up = zone.To is null;
            ChartStyle.Note(plot, layout, zone.Label, xMin, up ? range.Max : range.Min, up ? Alignment.UpperLeft : Alignment.LowerLeft, zone.Role);
        }

        foreach (var level in spec.Levels)
        {
            var line = plot.Add.HorizontalLine(range.Y(level.Value), 1.5f, ChartStyle.Of(level.Role), ChartStyle.Pattern(level.Dash));
            line.EnableAutoscale = false;
            line.ExcludeFromLegend = true;
            // At the left end, unless the zones' labels are there; then in the middle (a KPI chart has no report-date label at the top).
            if (spec.Zones.Count == 0)
            {
                ChartStyle.Note(plot, layout, level.Label, xMin, range.Y(level.Value), Alignment.LowerLeft, level.Role);
            }
            else
            {
                ChartStyle.Note(plot, layout, level.Label, (xMin + xMax) / 2, range.Y(level.Value), Alignment.LowerCenter, level.Role);
            }
        }

        if (spec.Today is { } today)
        {
            var line = plot.Add.VerticalLine(today.X, 1, ChartStyle.Of(ChartRole.Muted), LinePattern.Dotted);
            line.EnableAutoscale = false;
            line.ExcludeFromLegend = true;
            var left = today.X - xMin > (xMax - xMin) / 2;
            ChartStyle.Note(plot, layout, today.Label, today.X, range.Max, left ? Alignment.UpperRight : Alignment.UpperLeft, ChartRole.Muted, left ? -2 : 2);
        }

        foreach (var series in spec.Lines)
        {
            var colour = ChartStyle.Of(series.Role);
            var line = plot.Add.ScatterLine(series.Points.Select(p => p.X).ToArray(), series.Points.Select(p => range.Y(p.Value)).ToArray(), colour);
            line.LineWidth = series.Width;
            line.LinePattern = ChartStyle.Pattern(series.Dash);
            line.MarkerShape = ChartStyle.Shape(series.Marker);
            line.MarkerSize = series.MarkerSize;
            line.MarkerColor = colour;
        }

        foreach (var marks in spec.Marks)
        {
            var ys = marks.Points.Select(p => marks.OnBottomEdge ? range.Min : range.Y(p.Value)).ToArray();
            var markers = plot.Add.Markers(marks.Points.Select(p => p.X).ToArray(), ys, ChartStyle.Shape(marks.Mark), marks.Size, ChartStyle.Of(marks.Role));
            markers.MarkerLineWidth = 1.5f;
        }

        if (spec.Latest is { } latest)
        {
            var y = range.Y(latest.Point.Value);
            var dot = plot.Add.Marker(latest.Point.X, y, MarkerShape.FilledCircle, 10, ChartStyle.Of(latest.Role));
            dot.MarkerLineWidth = 0;

            // Beside the dot, towards the middle of the chart so it stays inside the data area.
            var high = y > (range.Min + range.Max) / 2;
            var right = latest.Point.X - xMin < (xMax - xMin) * 0.35;
            var alignment = (high, right) switch
            {
                (true, true) => Alignment.UpperLeft,
                (true, false) => Alignment.UpperRight,
                (false, true) => Alignment.LowerLeft,
                _ => Alignment.LowerRight,
            };
            ChartStyle.Note(plot, layout, latest.Label, latest.Point.X, y, alignment, ChartRole.Text, right ? 6 : -6, high ? 6 : -6);
        }

        ChartStyle.Apply(plot, layout, spec.ValueLabel, spec.Format.Tick, range.Scale);
        ChartStyle.DateLabels(plot, dates, xMin, xMax);
        plot.Axes.SetLimitsY(range.Min, range.Max);
    }
}
