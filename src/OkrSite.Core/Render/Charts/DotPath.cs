using ScottPlot;
using SkiaSharp;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Round dots at points as one path: a zero-length segment per point, stroked with round caps as wide as a dot.
/// ScottPlot's markers are an &lt;ellipse&gt; each in the SVG; this is one &lt;path&gt; of a few bytes per dot that
/// browsers draw as the same filled circles.
/// </summary>
internal sealed class DotPath(IReadOnlyList<ChartPoint> points, float size, Color colour) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        using var path = new SKPath();
        foreach (var point in points)
        {
            var pixel = Axes.GetPixel(new Coordinates(point.X, point.Value));
            path.MoveTo(pixel.X, pixel.Y);
            path.LineTo(pixel.X, pixel.Y);
        }

        using var paint = new SKPaint
        {
            Color = new SKColor(colour.Red, colour.Green, colour.Blue, colour.Alpha),
            IsStroke = true,
            StrokeWidth = size,
            StrokeCap = SKStrokeCap.Round,
            IsAntialias = true,
        };
        rp.Canvas.DrawPath(path, paint);
    }
}
