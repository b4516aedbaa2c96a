using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class ChartLayoutTests
{
    /// <summary>A phone of 390 CSS px shows a chart about 350 px wide.</summary>
    private const double PhoneChartWidth = 350;

    [Fact]
    public void The_narrow_drawings_smallest_text_is_at_least_11_css_px_on_a_phone()
    {
        foreach (var chart in new[] { ChartRenderer.KpiTrend(RetentionKpi, AsOf), ChartRenderer.KpiTrend(Churn(("2026-06-29", 4), ("2026-08-03", 3.5)), AsOf) })
        {
            var narrow = SvgAssert.Drawing(SvgAssert.Valid(chart.Svg), ChartLayout.Narrow);
            var sizes = narrow.Descendants(SvgAssert.Svg + "text").Select(SvgAssert.FontSize).ToList();

            Assert.NotEmpty(sizes);
            Assert.True(sizes.Min() * (PhoneChartWidth / ChartLayout.Narrow.Width) >= 11, $"{sizes.Min()} units in a {ChartLayout.Narrow.Width} wide viewBox at {PhoneChartWidth} px");
        }
    }

    [Fact]
    public void The_wide_drawings_text_is_neither_tiny_nor_huge_at_desktop_width()
    {
        var wide = SvgAssert.Drawing(SvgAssert.Valid(ChartRenderer.KpiTrend(RetentionKpi, AsOf).Svg), ChartLayout.Wide);
        var sizes = wide.Descendants(SvgAssert.Svg + "text").Select(SvgAssert.FontSize).ToList();

        // The content column is about 1080 CSS px wide at a window of 1280.
        Assert.InRange(sizes.Min() * (1080.0 / ChartLayout.Wide.Width), 12, 16);
        Assert.InRange(sizes.Max() * (1080.0 / ChartLayout.Wide.Width), 12, 16);
    }

    [Fact]
    public void The_narrow_drawing_has_fewer_date_labels_than_the_wide_one()
    {
        var doc = SvgAssert.Valid(ChartRenderer.KpiTrend(RetentionKpi, AsOf).Svg);

        Assert.True(SvgAssert.Texts(SvgAssert.Drawing(doc, ChartLayout.Narrow)).Count() < SvgAssert.Texts(SvgAssert.Drawing(doc, ChartLayout.Wide)).Count());
    }

    [Fact]
    public void One_svg_follows_the_colour_scheme_and_picks_its_drawing_by_the_images_width()
    {
        var svg = ChartRenderer.KpiTrend(RetentionKpi, AsOf).Svg;

        Assert.Contains("@media (prefers-color-scheme:dark){", svg, StringComparison.Ordinal);
        Assert.Contains("@media (max-width:599px),(max-aspect-ratio:9/5){.wide{display:none}.narrow{display:inline}}", svg, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<style>"));
    }
}

public class ChartFormatTests
{
    [Fact]
    public void A_german_site_gets_german_words_numbers_and_month_names_in_its_charts()
    {
        var german = ChartFormat.For(OkrSite.Tests.Render.Text.TextFixtures.German());
        var spec = KpiTrendChart.From(RetentionKpi, AsOf).Spec(german);

        Assert.Equal("Customer retention stieg von 72 % am 31. Dez. 2025 auf 75,8 % am 31. Okt. 2026; gesund ab 78 %, kritisch bis 72 %, Ziel 80 %; Notiz vom 31. Aug. 2026: Loyalty programme launched.", spec.AltText.Replace('\u00A0', ' '));
        Assert.Equal("75,8 % · 31. Okt.", spec.Latest?.Label.Replace('\u00A0', ' '));
        Assert.Contains("Okt", DateTicks.For(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 620, german).Labels.Select(l => l.Text));
        Assert.NotEqual(ChartFormat.English.Key, german.Key); // a cached English chart is not a German one
    }

    [Fact]
    public void Huge_values_are_written_in_exponent_notation_with_the_unit() =>
        Assert.Equal(("1.8E+308%", "−1.8E+308 clients"), (ChartFormat.English.Value(double.MaxValue, "%"), ChartFormat.English.Value(-double.MaxValue, "clients")));
}
