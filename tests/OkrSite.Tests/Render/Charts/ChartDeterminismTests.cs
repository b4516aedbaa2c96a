using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class ChartDeterminismTests
{
    private static ChartImage KrChart()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);
        return ChartRenderer.KeyResult(Objective(Period.OfQuarter(2026, 4), kr, AsOf), kr, Retention, AsOf);
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
        foreach (var svg in new[] { KrChart().LightSvg, KrChart().DarkSvg, KpiChart().LightSvg, KpiChart().DarkSvg })
        {
            Assert.DoesNotContain("cl_", svg, StringComparison.Ordinal);                  // Skia's process-wide clip ids
            Assert.DoesNotContain("/usr/", svg, StringComparison.Ordinal);                // font or machine paths
            if (Environment.MachineName.Length >= 6)
            {
                Assert.DoesNotContain(Environment.MachineName, svg, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("OkrSite Embedded", svg, StringComparison.Ordinal);     // the internal font name
            Assert.DoesNotMatch(@"\d\.\d{3,}[ ,""]", RoundedPart(svg));                  // coordinates have at most 2 decimals
        }
    }

    [Fact]
    public void Both_colour_schemes_of_a_chart_share_their_clip_ids()
    {
        var chart = KpiChart();

        static IEnumerable<string> Ids(string svg) => System.Xml.Linq.XDocument.Parse(svg).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>();

        Assert.NotEmpty(Ids(chart.LightSvg));
        Assert.Equal(Ids(chart.LightSvg), Ids(chart.DarkSvg));
        Assert.Empty(Ids(chart.LightSvg).Intersect(Ids(KrChart().LightSvg)));
    }

    [Fact]
    public void One_render_gives_what_scottplots_own_svg_export_gives()
    {
        // Plot.GetSvgXml renders to a bitmap first and then to SVG; the renderer skips the bitmap. Same result?
        var chart = KpiTrendChart.From(RetentionKpi, AsOf);

        string Once()
        {
            using var plot = new ScottPlot.Plot();
            chart.Draw(plot, ChartColours.Key);
            return ChartSvg.Clean(ChartRenderer.Svg(plot, 720, 320), 720, 320);
        }

        string Twice()
        {
            using var plot = new ScottPlot.Plot();
            chart.Draw(plot, ChartColours.Key);
            return ChartSvg.Clean(plot.GetSvgXml(720, 320), 720, 320);
        }

        Assert.Equal(Twice(), Once());
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
        string.Join("\n", System.Text.RegularExpressions.Regex.Matches(svg, "\\b(?:d|x|y|cx|cy|rx|ry|width|height|transform)=\"[^\"]*\"").Select(m => m.Value));
}
