using System.Text;
using OkrSite.Core.Model;
using ScottPlot;
using SkiaSharp;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Renders the site's charts with ScottPlot to SVG, in the light and in the dark palette. The same input
/// gives the same bytes on every machine: text is measured with the embedded DejaVu Sans, numbers and dates are
/// written invariant, and the SVG carries no ids, times or paths of the machine. Thread-safe; pages render in parallel.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>
    /// The chart of a metric key result (720×300): its metric's values over the objective's period (the key result's
    /// <see cref="Model.KeyResult.Window"/>, or its written current value when it has no data) against the plan
    /// from baseline to target, the target, and the report date. <paramref name="name"/> names the metric in the alt
    /// text (pass the KPI's name when the metric is a KPI); by default it is made from the metric id.
    /// </summary>
    /// <exception cref="ArgumentException">The key result is a milestone.</exception>
    public static ChartImage KeyResult(Objective objective, KeyResult kr, DateOnly asOf, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(kr);
        var chart = KeyResultChart.From(objective, kr, asOf, name);
        return Render(chart.Draw, KeyResultChart.Width, KeyResultChart.Height, chart.AltText());
    }

    /// <summary>
    /// The chart of a KPI (720×320): its whole series up to <paramref name="asOf"/>, the green and red zones, the
    /// target, and the latest value in the colour of its health; points with a note are circled.
    /// </summary>
    public static ChartImage KpiTrend(Kpi kpi, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var chart = KpiTrendChart.From(kpi, asOf);
        return Render(chart.Draw, KpiTrendChart.Width, KpiTrendChart.Height, chart.AltText());
    }

    private static ChartImage Render(Action<Plot, Palette> draw, int width, int height, string altText)
    {
        ChartFont.EnsureRegistered();
        using var plot = new Plot();
        draw(plot, ChartColours.Key);
        using var svg = SvgData(plot, width, height);
        var cleaned = Utf8Writer.ForThread();
        var idPrefix = ChartSvg.Clean(svg.AsSpan(), width, height, cleaned);
        var (light, dark) = ChartColours.Paint(cleaned.WrittenSpan, idPrefix);
        return new ChartImage(light, dark, altText, width, height);
    }

    /// <summary>Skia's SVG of the plot as text (for tests; see <see cref="SvgData"/>).</summary>
    internal static string Svg(Plot plot, int width, int height)
    {
        using var data = SvgData(plot, width, height);
        return Encoding.UTF8.GetString(data.AsSpan());
    }

    /// <summary>
    /// What Plot.GetSvgXml does, in one render instead of three, as UTF-8 in native memory (Skia writes it there without
    /// calling back into .NET for every piece). ScottPlot's RenderManager renders a new plot until its
    /// axis limits stop changing, and GetSvgXml renders a bitmap first: a new plot always renders twice there (the
    /// first render has no previous limits to compare with) and once more into the SVG. The charts set every limit,
    /// tick and label themselves, so the first render is already the settled one: the renderer runs ScottPlot's render
    /// actions once, straight into the SVG canvas. Should a chart ever leave something to autoscale (limits that move
    /// during the render), it renders again, as ScottPlot would, until they hold still (a test compares the result
    /// with GetSvgXml, and one with the limits left to autoscale).
    /// </summary>
    internal static SKData SvgData(Plot plot, int width, int height)
    {
        // As GetSvgXml: a cleared SVG canvas is a rectangle of the figure's size in the output.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        var attempts = 0;
        while (true)
        {
            var before = Limits(plot);
            using var stream = new SKDynamicMemoryWStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
            {
                RenderOnce(plot, canvas, width, height);
            }

            // Limits that moved mean the render drew with limits that were not final: render again into a new canvas.
            if (Limits(plot).SequenceEqual(before) || ++attempts >= 5)
            {
                return stream.DetachAsData();
            }
        }
    }

    /// <summary>One pass of ScottPlot's render actions, as RenderManager.RenderOnce runs them, without its settle loop.</summary>
    private static void RenderOnce(Plot plot, SKCanvas canvas, int width, int height)
    {
        lock (plot.Sync)
        {
            canvas.Scale((float)plot.ScaleFactor);
            using var pack = new RenderPack(plot, new PixelRect(0, width, height, 0), canvas);
            foreach (var action in plot.RenderManager.RenderActions)
            {
                pack.CanvasState.Save();
                action.Render(pack);
                pack.CanvasState.RestoreAll();
            }
        }
    }

    /// <summary>The range of every axis, in the plot's order (NaN for an axis nothing has set).</summary>
    private static List<(double Min, double Max)> Limits(Plot plot) =>
        [.. plot.Axes.GetAxes().Select(a => (a.Range.Min, a.Range.Max))];
}
