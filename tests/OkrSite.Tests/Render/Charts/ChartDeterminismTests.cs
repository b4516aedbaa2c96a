using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class ChartDeterminismTests
{
    private static ChartImage KrChart()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);
        return ChartRenderer.KeyResult(Objective(Period.OfQuarter(2026, 4), kr, AsOf), kr.Over(Period.OfQuarter(2026, 4), Retention, AsOf), AsOf);
    }

    private static ChartImage KpiChart() => ChartRenderer.KpiTrend(RetentionKpi, AsOf);

    [Fact]
    public void The_same_input_renders_the_same_bytes_twice()
    {
        // Skia numbers clip paths with a process-wide counter: the second render must still equal the first.
        var (kr1, kr2) = (KrChart(), KrChart());
        var (kpi1, kpi2) = (KpiChart(), KpiChart());

        Assert.Equal(kr1, kr2);
        Assert.Equal(kpi1, kpi2);
    }

    [Fact]
    public void Rendering_in_parallel_gives_the_same_bytes_as_one_at_a_time()
    {
        var expected = (KrChart(), KpiChart());

        var results = new (ChartImage, ChartImage)[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = (KrChart(), KpiChart()));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var invariant = (KrChart(), KpiChart());

        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var culture = CommaCulture();
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really is different

            Assert.Equal(invariant, (KrChart(), KpiChart()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }
    }

    [Fact]
    public void Svg_holds_nothing_of_the_machine()
    {
        foreach (var svg in new[] { KrChart().Svg, KpiChart().Svg })
        {
            Assert.DoesNotContain("cl_", svg, StringComparison.Ordinal);                  // Skia's process-wide clip ids
            Assert.DoesNotContain("/usr/", svg, StringComparison.Ordinal);                // font or machine paths
            if (Environment.MachineName.Length >= 6)
            {
                Assert.DoesNotContain(Environment.MachineName, svg, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("OkrSite Embedded", svg, StringComparison.Ordinal);     // the internal font name
            Assert.DoesNotMatch(@"\d\.\d{2,}", RoundedPart(svg));                          // coordinates have at most 1 decimal
        }
    }

    [Fact]
    public void The_two_drawings_of_a_chart_have_ids_of_their_own()
    {
        var doc = System.Xml.Linq.XDocument.Parse(KpiChart().Svg);

        static List<string> Ids(System.Xml.Linq.XElement e) => [.. e.Descendants().Select(d => (string?)d.Attribute("id")).OfType<string>()];

        var (wide, narrow) = (Ids(SvgAssert.Drawing(doc, ChartLayout.Wide)), Ids(SvgAssert.Drawing(doc, ChartLayout.Narrow)));
        Assert.NotEmpty(wide);
        Assert.NotEmpty(narrow);
        Assert.Empty(wide.Intersect(narrow));
        Assert.Empty(wide.Concat(narrow).Intersect(Ids(System.Xml.Linq.XDocument.Parse(KrChart().Svg).Root!)));
    }

    [Fact]
    public void One_render_gives_what_scottplots_own_svg_export_gives()
    {
        // Plot.GetSvgXml renders a new plot twice into a bitmap (until its limits settle) and then into the SVG; the
        // renderer renders once, straight into the SVG, because the charts set all their limits. Same result?
        var kpi = KpiTrendChart.From(RetentionKpi, AsOf).Spec(ChartFormat.English);
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);
        var krSpec = KeyResultChart.From(Objective(Period.OfQuarter(2026, 4), kr, AsOf), kr.Over(Period.OfQuarter(2026, 4), Retention, AsOf), AsOf, null).Spec(ChartFormat.English);
        foreach (var layout in ChartLayout.All)
        {
            Assert.Equal(ScottPlotsSvg(p => ScottPlotDrawing.Draw(p, kpi, layout), layout.Width, layout.Height), RenderersSvg(p => ScottPlotDrawing.Draw(p, kpi, layout), layout.Width, layout.Height));
            Assert.Equal(ScottPlotsSvg(p => ScottPlotDrawing.Draw(p, krSpec, layout), layout.Width, layout.Height), RenderersSvg(p => ScottPlotDrawing.Draw(p, krSpec, layout), layout.Width, layout.Height));
        }
    }

    [Fact]
    public void A_plot_left_to_autoscale_is_rendered_again_until_its_limits_settle()
    {
        // The safety net of the single render: limits that move while rendering mean a render with unsettled limits,
        // which must not be the one in the SVG (nor be drawn underneath the settled one).
        static void Draw(ScottPlot.Plot plot)
        {
            // Autoscaled limits, widened after the layout by a rule: the first render lays the axes out for limits
            // it then does not draw with, so its SVG differs from the settled one (a single render fails this test).
            plot.Add.ScatterLine(new double[] { 0, 1_000_000 }, new double[] { 0.2, 0.8 }, ChartStyle.Of(ChartRole.Actual));
            ChartStyle.Apply(plot, ChartLayout.Wide, "%", ChartText.Tick);
            plot.Axes.Rules.Add(new ScottPlot.AxisRules.SquareZoomOut(plot.Axes.Bottom, plot.Axes.Left));
        }

        var svg = RenderersSvg(Draw, 720, 300);

        Assert.Equal(ScottPlotsSvg(Draw, 720, 300), svg);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "stroke=\"#FD0001\""));
    }

    private static string RenderersSvg(Action<ScottPlot.Plot> draw, int width, int height)
    {
        using var plot = new ScottPlot.Plot();
        draw(plot);
        return ChartSvg.Clean(ChartRenderer.Svg(plot, width, height), width, height);
    }

    private static string ScottPlotsSvg(Action<ScottPlot.Plot> draw, int width, int height)
    {
        using var plot = new ScottPlot.Plot();
        draw(plot);
        return ChartSvg.Clean(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>
    /// A culture that writes 1.5 as "1,5" and has other month names. With InvariantGlobalization the runtime has no
    /// de-DE, so where it cannot be created a clone of the invariant culture is changed to look like it.
    /// </summary>
    private static CultureInfo CommaCulture()
    {
        try
        {
            return new CultureInfo("de-DE");
        }
        catch (CultureNotFoundException)
        {
            var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NumberGroupSeparator = ".";
            culture.DateTimeFormat.AbbreviatedMonthNames = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", ""];
            culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = culture.DateTimeFormat.AbbreviatedMonthNames;
            culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
            return culture;
        }
    }

    // Geometry attributes only (colour opacities keep Skia's precision, which is exact for a given byte).
    private static string RoundedPart(string svg) =>
        string.Join("\n", System.Text.RegularExpressions.Regex.Matches(svg, "\\b(?:d|x|y|cx|cy|rx|ry|width|height|transform|textLength)=\"[^\"]*\"").Select(m => m.Value));
}
