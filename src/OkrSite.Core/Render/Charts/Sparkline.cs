using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// A KPI's series as a tiny inline SVG for lists (<see cref="Width"/>×<see cref="Height"/>): one path at the
/// points' real dates and the latest value as a dot, coloured by the KPI's health through the page's CSS
/// (<c>.sparkline.healthy</c> etc. in style.css, so it follows the light and dark scheme like the page). Written by
/// hand rather than with ScottPlot: a line and a circle are not worth a plot, a font and an SVG clean-up per row,
/// and a KPI list shows one per KPI. A long series is reduced to at most two points per pixel column, that
/// column's lowest and highest value, so a spike stays visible and the markup stays small.
/// </summary>
internal static class Sparkline
{
    public const int Width = 100;
    public const int Height = 24;

    /// <summary>Room for the dot at the edges.</summary>
    private const double Pad = 2.5;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The sparkline of <paramref name="points"/>, labelled <paramref name="label"/>; nothing when there is no finite value.</summary>
    internal static RawHtml Html(IReadOnlyList<DataPoint> points, KpiHealth health, string label)
    {
        ArgumentNullException.ThrowIfNull(points);
        var shape = Shape(points);
        if (shape.Count == 0)
        {
            return RawHtml.Empty;
        }

        var text = Encoder.Encode(label ?? string.Empty);
        var html = new StringBuilder(160 + (shape.Count * 12));
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline {HealthClass(health)}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{text}\"><title>{text}</title>");
        if (shape.Count > 1)
        {
            html.Append("<path d=\"").Append(PathData(shape)).Append("\"/>");
        }

        var last = shape[^1];
        html.Append("<circle cx=\"").Append(Coordinate(last.X)).Append("\" cy=\"").Append(Coordinate(last.Y)).Append("\" r=\"2.5\"/></svg>");
        return new RawHtml(html.ToString());
    }

    /// <summary>The CSS class of a health: healthy, warning, critical, unrated, no-data.</summary>
    internal static string HealthClass(KpiHealth health) => health switch
    {
        KpiHealth.Healthy => "healthy",
        KpiHealth.Warning => "warning",
        KpiHealth.Critical => "critical",
        KpiHealth.Unrated => "unrated",
        _ => "no-data",
    };

    /// <summary>
    /// The points the line is drawn through, in the SVG's coordinates (y down), in date order: per pixel column the
    /// lowest and the highest value in the order they came, and the last point of the series last (the dot).
    /// </summary>
    internal static IReadOnlyList<(double X, double Y)> Shape(IReadOnlyList<DataPoint> points)
    {
        // A series is kept in date order, so the (stable) sort is only made for points that are not: every ended
        // period's dashboard draws one sparkline per KPI, and sorting each was most of what a large site's took.
        var finite = new List<DataPoint>(points.Count);
        var ordered = true;
        foreach (var point in points)
        {
            if (double.IsFinite(point.Value))
            {
                ordered &= finite.Count == 0 || finite[^1].Date <= point.Date;
                finite.Add(point);
            }
        }

        if (!ordered)
        {
            finite = [.. finite.OrderBy(p => p.Date)];
        }

        if (finite.Count == 0)
        {
            return [];
        }

        double min = finite.Min(p => p.Value), max = finite.Max(p => p.Value);
        int first = finite[0].Date.DayNumber, days = finite[^1].Date.DayNumber - first;
        var columns = (int)(Width - (2 * Pad));
        var shape = new List<(double X, double Y)>();
        var start = 0;
        while (start < finite.Count)
        {
            var column = Column(finite[start].Date.DayNumber - first, days, columns);
            var end = start;
            int low = start, high = start;
            while (end + 1 < finite.Count && Column(finite[end + 1].Date.DayNumber - first, days, columns) == column)
            {
                end++;
                low = finite[end].Value < finite[low].Value ? end : low;
                high = finite[end].Value > finite[high].Value ? end : high;
            }

            var x = Pad + column;
            shape.Add((x, Y(finite[Math.Min(low, high)].Value, min, max)));
            if (low != high)
            {
                shape.Add((x, Y(finite[Math.Max(low, high)].Value, min, max)));
            }

            if (end == finite.Count - 1 && low != end && high != end)
            {
                shape.Add((x, Y(finite[end].Value, min, max)));
            }

            start = end + 1;
        }

        return shape;
    }

    /// <summary>The pixel column of a day: 0 … columns − 1; a series of one day sits at the right end, where the latest value is.</summary>
    private static int Column(int day, int days, int columns) =>
        days == 0 ? columns - 1 : (int)Math.Round(day / (double)days * (columns - 1), MidpointRounding.AwayFromZero);

    /// <summary>The y of a value: the highest at the top; all equal in the middle. Halves, so ±1.7e308 cannot overflow.</summary>
    private static double Y(double value, double min, double max)
    {
        var span = (max / 2) - (min / 2);
        var share = span > 0 ? ((value / 2) - (min / 2)) / span : 0.5;
        return Height - Pad - (share * (Height - (2 * Pad)));
    }

    /// <summary>
    /// The line as path data: a move to the first point, then each step relative to the one before (<c>h</c> along a
    /// row, <c>v</c> within a pixel column, <c>l</c> otherwise), about half a polyline's list of absolute pairs. Steps
    /// are taken between coordinates already rounded to a tenth, so they add up to exactly those coordinates.
    /// </summary>
    internal static string PathData(IReadOnlyList<(double X, double Y)> shape)
    {
        var d = new StringBuilder(shape.Count * 6);
        long x = Tenths(shape[0].X), y = Tenths(shape[0].Y);
        d.Append('M').Append(Coordinate(shape[0].X)).Append(' ').Append(Coordinate(shape[0].Y));
        for (var i = 1; i < shape.Count; i++)
        {
            long nx = Tenths(shape[i].X), ny = Tenths(shape[i].Y);
            if (nx == x)
            {
                d.Append('v').Append(Step(ny - y));
            }
            else if (ny == y)
            {
                d.Append('h').Append(Step(nx - x));
            }
            else
            {
                var dy = Step(ny - y);
                d.Append('l').Append(Step(nx - x)).Append(dy[0] == '-' ? string.Empty : " ").Append(dy);
            }

            (x, y) = (nx, ny);
        }

        return d.ToString();
    }

    private static long Tenths(double value) => (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);

    /// <summary>A step in tenths as path text: 16 is "1.6", -5 is "-.5" (the leading zero is optional in path data).</summary>
    private static string Step(long tenths)
    {
        var text = (tenths / 10.0).ToString("0.#", CultureInfo.InvariantCulture);
        return text.StartsWith("0.", StringComparison.Ordinal) ? text[1..] : text.StartsWith("-0.", StringComparison.Ordinal) ? "-" + text[2..] : text;
    }

    private static string Coordinate(double value) =>
        (Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);
}
