using System.Text.RegularExpressions;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

/// <summary>What keeps a chart's SVG small: one path per dashed line, dots only where they read as dots, one clip path per drawing, downsampled long series.</summary>
public class ChartCompactnessTests
{
    private static readonly Period Q4 = Period.OfQuarter(2026, 4);

    /// <summary>A key result with a value every day of 2026-Q4 (and the baseline day before), as the benchmark's medium site has.</summary>
    private static ChartImage DailyKr()
    {
        var series = new Series("daily", [.. Enumerable.Range(-1, 93).Select(i => new DataPoint(Q4.Start.AddDays(i), 40 + (i % 9) - (i / 20.0)))]);
        var kr = MetricKr("daily", "%", 40, 50, Status.AtRisk, 36) with { Plan = 47 };
        var asOf = Q4.End.AddDays(-10);
        return ChartRenderer.KeyResult(Objective(Q4, kr, asOf), kr.Over(Q4, series, asOf), asOf);
    }

    /// <summary>Two years of daily values of a KPI with both zones and a target.</summary>
    private static ChartImage DailyKpi()
    {
        var start = new DateOnly(2024, 11, 1);
        var series = new Series("daily", [.. Enumerable.Range(0, 731).Select(i => new DataPoint(start.AddDays(i), 60 + (8 * Math.Sin(i / 11.0)) + (i % 5)))]);
        return ChartRenderer.KpiTrend(Kpi("Daily", "%", Direction.Higher, 70, 55, 75, KpiHealth.Warning, series), start.AddDays(730));
    }

    private static IEnumerable<System.Xml.Linq.XElement> Paths(System.Xml.Linq.XElement drawing, string cssClass) =>
        drawing.Descendants(SvgAssert.Svg + "path").Where(p => ((string?)p.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    [Fact]
    public void A_dashed_line_is_one_stroked_path_with_its_dash_class_not_a_shape_per_dash()
    {
        var svg = DailyKr().Svg;
        var doc = SvgAssert.Valid(svg);

        foreach (var layout in ChartLayout.All)
        {
            var drawing = SvgAssert.Drawing(doc, layout);
            var plan = Assert.Single(Paths(drawing, "sp"));
            Assert.Equal("sp ds", (string?)plan.Attribute("class"));
            Assert.Single(Paths(drawing, "dt"));                        // the report date's line
            Assert.Empty(Paths(drawing, "fp"));                         // no filled dashes
        }

        Assert.Contains(".ds{stroke-dasharray:10 10}", svg, StringComparison.Ordinal);
        Assert.Contains(".dt{stroke-dasharray:3 5}", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_values_are_dotted_in_the_wide_drawing_by_a_marker_on_the_line_and_not_in_the_narrow_one()
    {
        var doc = SvgAssert.Valid(DailyKr().Svg);
        var wide = SvgAssert.Drawing(doc, ChartLayout.Wide);
        var narrow = SvgAssert.Drawing(doc, ChartLayout.Narrow);

        // 1 Oct to the report date 21 Dec and the baseline day before: 83 values, about 10 px apart at 960, 3 px at 360.
        // The dots are the line's marker, a circle as wide as 3 line widths (6 px) on each of its 83 vertices.
        var line = Assert.Single(Paths(wide, "sa"));
        Assert.Equal(83, Vertices((string)line.Attribute("d")!));
        var id = Regex.Match((string?)line.Attribute("style") ?? string.Empty, @"^marker:url\(#([^)]+)\)$").Groups[1].Value;
        var marker = Assert.Single(wide.Descendants(SvgAssert.Svg + "marker"), m => (string?)m.Attribute("id") == id);
        var dot = Assert.Single(marker.Elements(SvgAssert.Svg + "circle"));
        Assert.Equal(("1.5", "fa"), ((string?)dot.Attribute("r"), (string?)dot.Attribute("class")));
        Assert.All(new[] { wide, narrow }, d => Assert.DoesNotContain(d.Descendants(SvgAssert.Svg + "path"), p => (string?)p.Attribute("stroke-linecap") == "round"));
        Assert.Empty(narrow.Descendants(SvgAssert.Svg + "marker"));
        Assert.Null(Assert.Single(Paths(narrow, "sa")).Attribute("style"));

        // The latest value stays a dot of its own in both.
        Assert.All(new[] { wide, narrow }, d => Assert.Single(d.Descendants(SvgAssert.Svg + "ellipse")));
    }

    /// <summary>The vertices of a path of moves and lines (m and l take two numbers a vertex, h and v one).</summary>
    private static int Vertices(string d) =>
        Regex.Matches(d, @"([MmLlHhVv])([^MmLlHhVv]*)").Sum(m => Regex.Matches(m.Groups[2].Value, @"-?\d+(\.\d+)?").Count / (m.Groups[1].Value is "H" or "h" or "V" or "v" ? 1 : 2));

    [Fact]
    public void A_drawing_gives_its_texts_their_font_size_and_a_label_has_no_transform_of_its_own()
    {
        var doc = SvgAssert.Valid(DailyKpi().Svg);

        foreach (var layout in ChartLayout.All)
        {
            var drawing = SvgAssert.Drawing(doc, layout);
            var texts = drawing.Descendants(SvgAssert.Svg + "text").ToList();
            Assert.Equal(layout.FontSize.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)drawing.Attribute("font-size"));
            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.Null(t.Attribute("font-size")));

            // Only the value axis's label is turned; every other text stands at its own x and y.
            Assert.All(texts.Where(t => t.Attribute("transform") is not null), t => Assert.StartsWith("matrix(", (string)t.Attribute("transform")!, StringComparison.Ordinal));
            Assert.True(texts.Count(t => t.Attribute("transform") is null) >= texts.Count - 1);
        }
    }

    [Fact]
    public void Each_drawing_has_one_clip_path()
    {
        var doc = SvgAssert.Valid(DailyKpi().Svg);

        Assert.All(ChartLayout.All, layout => Assert.Single(SvgAssert.Drawing(doc, layout).Descendants(SvgAssert.Svg + "clipPath")));
    }

    [Fact]
    public void The_narrow_drawing_of_two_years_of_days_has_no_more_points_than_pixel_columns_and_the_wide_one_all()
    {
        var doc = SvgAssert.Valid(DailyKpi().Svg);

        int Points(ChartLayout layout) =>
            Regex.Matches((string)Assert.Single(Paths(SvgAssert.Drawing(doc, layout), "sa")).Attribute("d")!, @"-?\d+(\.\d)?").Count / 2;

        Assert.Equal(731, Points(ChartLayout.Wide));
        Assert.InRange(Points(ChartLayout.Narrow), 100, (int)ChartLayout.Narrow.DataWidth);
    }

    [Fact]
    public void A_chart_of_a_quarter_of_days_fits_in_12_kb_and_two_years_of_days_in_20_kb()
    {
        // The sizes the issue aims at (about 42 and 44 KB before): bytes, not time, so a test can hold them.
        Assert.InRange(DailyKr().Utf8.Length, 1, 12 * 1024);
        Assert.InRange(DailyKpi().Utf8.Length, 1, 20 * 1024);
    }
}
