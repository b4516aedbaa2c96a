using ScottPlot;

namespace OkrSite.Core.Render.Charts;

/// <summary>How <see cref="ScottPlotBackend"/> draws the elements of a <see cref="ChartSpec"/> in one layout.</summary>
internal static class ScottPlotDrawing
{
    private const double ZoneOpacity = 0.13;

    /// <summary>A line's points are dotted when they are at least this many pixels apart (the median gap), else the line alone reads better.</summary>
    public const double MinDotGap = 6;

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
            var edge = plot.Add.HorizontalLine(range.Y(zone.Edge), 1.5f, ChartStyle.Of(zone.Role, zone.EdgeDash), LinePattern.Solid);
            edge.EnableAutoscale = false;
            edge.ExcludeFromLegend = true;

            // The label in the zone's far corner: top left of a zone open upwards, bottom left of one open downwards.
            var up = zone.To is null;
            ChartStyle.Note(plot, layout, zone.Label, xMin, up ? range.Max : range.Min, up ? Alignment.UpperLeft : Alignment.LowerLeft, zone.Role);
        }

        foreach (var level in spec.Levels)
        {
            var line = plot.Add.HorizontalLine(range.Y(level.Value), 1.5f, ChartStyle.Of(level.Role, level.Dash), LinePattern.Solid);
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
            var line = plot.Add.VerticalLine(today.X, 1, ChartStyle.Of(ChartRole.Muted, ChartDash.Dotted), LinePattern.Solid);
            line.EnableAutoscale = false;
            line.ExcludeFromLegend = true;
            var left = today.X - xMin > (xMax - xMin) / 2;
            ChartStyle.Note(plot, layout, today.Label, today.X, range.Max, left ? Alignment.UpperRight : Alignment.UpperLeft, ChartRole.Muted, left ? -2 : 2);
        }

        foreach (var series in spec.Lines)
        {
            // No more points than the drawing has pixel columns, its peaks and dips kept; dots only where they read as dots.
            var points = Downsample.MinMax(series.Points, xMin, xMax, (int)layout.DataWidth);
            var line = plot.Add.ScatterLine(points.Select(p => p.X).ToArray(), points.Select(p => range.Y(p.Value)).ToArray(), ChartStyle.Of(series.Role, series.Dash));
            line.LineWidth = series.Width;
            line.LinePattern = LinePattern.Solid;
            line.MarkerShape = MarkerShape.None;
            if (series.Marker != ChartMark.None && MedianGap(points, layout.DataWidth / (xMax - xMin)) >= MinDotGap)
            {
                AddDots(plot, series, [.. points.Select(p => p with { Value = range.Y(p.Value) })]);
            }
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

    /// <summary>
    /// The median distance in pixels between neighbouring points, at <paramref name="pixelsPerX"/>; infinite for
    /// fewer than two points (a single point is always a dot).
    /// </summary>
    internal static double MedianGap(IReadOnlyList<ChartPoint> points, double pixelsPerX)
    {
        if (points.Count < 2)
        {
            return double.PositiveInfinity;
        }

        var gaps = new double[points.Count - 1];
        for (var i = 1; i < points.Count; i++)
        {
            gaps[i - 1] = Math.Abs(points[i].X - points[i - 1].X) * pixelsPerX;
        }

        Array.Sort(gaps);
        return gaps[gaps.Length / 2];
    }

    /// <summary>The points' marks: filled dots as one path, other shapes as ScottPlot's markers.</summary>
    private static void AddDots(Plot plot, ChartLine series, IReadOnlyList<ChartPoint> points)
    {
        var colour = ChartStyle.Of(series.Role);
        if (series.Marker == ChartMark.Dot)
        {
            plot.Add.Plottable(new DotPath(points, series.MarkerSize, colour) { Axes = new Axes { XAxis = plot.Axes.Bottom, YAxis = plot.Axes.Left } });
            return;
        }

        var markers = plot.Add.Markers(points.Select(p => p.X).ToArray(), points.Select(p => p.Value).ToArray(), ChartStyle.Shape(series.Marker), series.MarkerSize, colour);
        markers.MarkerLineWidth = 1.5f;
    }
}
