using System.Buffers;
using System.Reflection;
using System.Security;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> with ScottPlot to one SVG: each <see cref="ChartLayout"/> rendered once in key
/// colours, cleaned (<see cref="ChartSvg"/>), painted with CSS classes (<see cref="ChartCss"/>) and nested in an outer
/// SVG whose style sheet holds the light and dark colours and picks the layout. The same spec gives the same bytes on
/// every machine: text is measured with the embedded DejaVu Sans, numbers are rounded, clip ids renumbered, and the
/// SVG carries no ids, times or paths of the machine. Thread-safe; pages render in parallel.
/// </summary>
internal sealed class ScottPlotBackend : IChartBackend
{
    public static ScottPlotBackend Instance { get; } = new();

    private static readonly byte[] Head = Encoding.ASCII.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\">\n");

    /// <summary>The style sheets by the classes they hold: a site's charts use a handful of combinations.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, byte[]> StyleSheets = new();

    /// <summary>
    /// Raise it with any change to how OkrSite builds or draws a chart (specs, texts, layouts, CSS, fonts, tidying):
    /// cached charts of an older drawing are drawn again. ChartDrawingVersionTests pins it to the bytes of a gallery
    /// of charts, so a change that forgets it fails there.
    /// </summary>
    internal const string Drawing = "layouts-2/css-2/compact-3/fonts-3/check-ins-on-line-1";

    /// <summary>
    /// <see cref="Drawing"/> and the versions of what draws for it: ScottPlot, SkiaSharp (with its native library)
    /// and the runtime, whose number formatting the texts use. Not this assembly's build: an OkrSite release that
    /// leaves the charts alone keeps a cache's charts.
    /// </summary>
    public string Version { get; } = string.Join(
        '/',
        Drawing,
        "scottplot-" + LibraryVersion(typeof(Plot)),
        "skia-" + LibraryVersion(typeof(SKCanvas)),
        "skia-native-" + SkiaSharpVersion.Native,
        "net-" + Environment.Version);

    private static string LibraryVersion(Type type) =>
        type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? type.Assembly.GetName().Version?.ToString() ?? "unknown";

    public ChartImage Render(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ChartFont.EnsureRegistered();
        var drawings = Utf8Writer.ForThread(Utf8Writer.Slot.Drawings);
        var used = default(ChartCss.Used);
        foreach (var layout in ChartLayout.All)
        {
            using var plot = new Plot();
            ScottPlotDrawing.Draw(plot, spec, layout);
            using var svg = SvgData(plot, layout.Width, layout.Height);
            var tidy = Utf8Writer.ForThread(Utf8Writer.Slot.Tidy);
            SvgTidy.Tidy(svg.AsSpan(), tidy);
            var cleaned = Utf8Writer.ForThread(Utf8Writer.Slot.Clean);
            var idPrefix = ChartSvg.Clean(tidy.WrittenSpan, layout.Width, layout.Height, cleaned, layout.Name, layout.FontSize);
            var body = cleaned.WrittenSpan;
            var root = body.IndexOf("<svg"u8);
            ChartCss.Paint(body[Math.Max(0, root)..].TrimEnd("\n"u8), idPrefix, drawings, ref used);
            drawings.Append((byte)'\n');
        }

        // The style sheet comes first but holds only the classes the drawings turned out to use.
        var title = Encoding.UTF8.GetBytes("<title>" + SecurityElement.Escape(spec.AltText) + "</title>\n");
        var style = StyleSheets.GetOrAdd(used.Bits, bits => Encoding.ASCII.GetBytes(
            "<style>" + ChartCss.Style(new ChartCss.Used(bits), ChartLayout.Wide.Name, ChartLayout.Narrow.Name, ChartLayout.NarrowBelow, ChartLayout.NarrowAspect) + "</style>\n"));
        var end = "</svg>\n"u8;
        var bytes = new byte[Head.Length + title.Length + style.Length + drawings.WrittenCount + end.Length];
        var rest = bytes.AsSpan();
        foreach (var part in (ReadOnlySpan<ReadOnlyMemory<byte>>)[Head, title, style, drawings.WrittenMemory])
        {
            part.Span.CopyTo(rest);
            rest = rest[part.Length..];
        }

        end.CopyTo(rest);

        return new ChartImage(bytes, spec.AltText, ChartLayout.Wide.Width, ChartLayout.Wide.Height);
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
