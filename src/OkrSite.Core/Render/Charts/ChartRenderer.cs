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
public static class ChartRenderer
{
    /// <summary>
    /// The chart of a metric key result (720×300): its metric's values over the objective's period against the plan
    /// from baseline to target, the target, and the report date. <paramref name="name"/> names the metric in the alt
    /// text (pass the KPI's name when the metric is a KPI); by default it is made from the metric id.
    /// </summary>
    /// <exception cref="ArgumentException">The key result is a milestone.</exception>
    public static ChartImage KeyResult(Objective objective, KeyResult kr, Series? series, DateOnly asOf, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(kr);
        var chart = KeyResultChart.From(objective, kr, series, asOf, name);
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
        string svg;
        using (var plot = new Plot())
        {
            draw(plot, ChartColours.Key);
            svg = Svg(plot, width, height);
        }

        var (light, dark) = ChartColours.Paint(ChartSvg.Clean(svg, width, height));
        return new ChartImage(light, dark, altText, width, height);
    }

    /// <summary>
    /// What Plot.GetSvgXml does, with a canvas that draws nothing in place of its bitmap. ScottPlot renders a new plot
    /// until its axis limits stop changing (twice); the SVG must get only the last, settled render. Drawing the
    /// unsettled ones into nothing skips their rasterization (a test compares the result with GetSvgXml).
    /// </summary>
    internal static string Svg(Plot plot, int width, int height)
    {
        using (var settle = new SKNoDrawCanvas(width, height))
        {
            plot.Render(settle, width, height);
        }

        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        string svg;
        var attempts = 0;
        bool settled;
        do
        {
            var before = plot.RenderManager.RenderCount;
            using var stream = new MemoryStream();
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
            {
                plot.Render(canvas, width, height);
            }

            svg = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);

            // A settled plot renders once. Should its limits still have moved, the SVG holds several renders on top
            // of each other: render it again, now settled (ScottPlot itself gives up after 5 renders).
            settled = plot.RenderManager.RenderCount - before == 1;
        }
        while (!settled && ++attempts < 3);

        return svg;
    }
}
