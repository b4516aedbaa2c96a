using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class KpiTrendChartTests
{
    [Fact]
    public void Is_valid_svg_of_the_content_column_size()
    {
        var chart = ChartRenderer.KpiTrend(RetentionKpi, AsOf);

        Assert.Equal((720, 320), (chart.Width, chart.Height));
        SvgAssert.Valid(chart.LightSvg, 720, 320);
        SvgAssert.Valid(chart.DarkSvg, 720, 320);
    }

    [Fact]
    public void Alt_text_of_a_higher_is_better_kpi()
    {
        Assert.Equal(
            "Customer retention rose from 72 % to 75.8 % between 2025-12-31 and 2026-10-31; healthy at or above 78 %, critical at or below 72 %, target 80 %.",
            ChartRenderer.KpiTrend(RetentionKpi, AsOf).AltText);
    }

    [Fact]
    public void Alt_text_of_a_lower_is_better_kpi()
    {
        var churn = Churn(("2026-06-29", 4), ("2026-07-27", 3.8), ("2026-08-03", 3.5));

        Assert.Equal(
            "Churn fell from 4 to 3.5 between 2026-06-29 and 2026-08-03; healthy at or below 2, critical at or above 5.",
            ChartRenderer.KpiTrend(churn, AsOf).AltText);
    }

    [Fact]
    public void Alt_text_of_an_unrated_kpi_that_did_not_move()
    {
        var kpi = Kpi("Website visits", "visits per week", Direction.Higher, null, null, null, KpiHealth.Unrated, Series("site-visits", ("2026-10-26", 12890), ("2026-11-02", 12890.004)));

        Assert.Equal("Website visits stayed at 12,890 visits per week between 2026-10-26 and 2026-11-02.", ChartRenderer.KpiTrend(kpi, AsOf).AltText);
    }

    [Fact]
    public void Empty_series_renders_with_no_data_yet()
    {
        var chart = ChartRenderer.KpiTrend(Churn(), AsOf);

        Assert.Equal("No data yet.", chart.AltText);
        SvgAssert.Valid(chart.LightSvg, 720, 320);
        SvgAssert.Valid(chart.DarkSvg, 720, 320);
    }

    [Fact]
    public void Empty_series_without_thresholds_renders()
    {
        var kpi = Kpi("Nothing", null, Direction.Higher, null, null, null, KpiHealth.NoData, new Series("nothing", default));

        SvgAssert.Valid(ChartRenderer.KpiTrend(kpi, AsOf).LightSvg, 720, 320);
    }

    [Fact]
    public void Single_point_renders()
    {
        var chart = ChartRenderer.KpiTrend(Churn(("2026-11-16", 4)), AsOf);

        Assert.Equal("Churn was 4 on 2026-11-16; healthy at or below 2, critical at or above 5.", chart.AltText);
        SvgAssert.Valid(chart.LightSvg, 720, 320);
    }

    [Theory]
    [InlineData(KpiHealth.Healthy, "#1a7f37", "#3fb950")]
    [InlineData(KpiHealth.Warning, "#9a6700", "#d29922")]
    [InlineData(KpiHealth.Critical, "#cf222e", "#f85149")]
    [InlineData(KpiHealth.Unrated, "#6e7781", "#8b949e")]
    public void The_latest_point_has_the_colour_of_the_health(KpiHealth health, string light, string dark)
    {
        var chart = ChartRenderer.KpiTrend(RetentionKpi with { Health = health }, AsOf);

        Assert.Contains($"fill=\"{light}\"", chart.LightSvg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"fill=\"{dark}\"", chart.DarkSvg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Light_and_dark_differ_only_in_colours()
    {
        var chart = ChartRenderer.KpiTrend(RetentionKpi, AsOf);

        Assert.NotEqual(chart.LightSvg, chart.DarkSvg);
        Assert.Equal(SvgAssert.WithoutColours(chart.LightSvg), SvgAssert.WithoutColours(chart.DarkSvg));
    }

    [Fact]
    public void Points_with_a_note_get_a_marker_but_no_text()
    {
        var plain = RetentionKpi with { Series = Retention };

        var withNote = ChartRenderer.KpiTrend(RetentionKpi, AsOf).LightSvg;
        var without = ChartRenderer.KpiTrend(plain, AsOf).LightSvg;

        Assert.True(withNote.Length > without.Length);
        Assert.DoesNotContain("Loyalty", withNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Zones_are_translucent_bands_in_the_good_and_bad_colours()
    {
        var svg = ChartRenderer.KpiTrend(RetentionKpi, AsOf).LightSvg;

        Assert.Matches("(?i)<rect fill=\"#1A7F37\" fill-opacity=\"0\\.1\\d*\"", svg);
        Assert.Matches("(?i)<rect fill=\"#CF222E\" fill-opacity=\"0\\.1\\d*\"", svg);
    }

    [Fact]
    public void Years_of_daily_values_render_without_markers_on_every_point()
    {
        var start = new DateOnly(2024, 1, 1);
        var points = Enumerable.Range(0, 1000).Select(i => new DataPoint(start.AddDays(i), 50 + (10 * Math.Sin(i / 30.0)))).ToArray();
        var kpi = Kpi("Daily", null, Direction.Higher, 55, 42, null, KpiHealth.Warning, new Series("daily", [.. points]));

        var chart = ChartRenderer.KpiTrend(kpi, start.AddDays(999));

        var doc = SvgAssert.Valid(chart.LightSvg, 720, 320);
        Assert.True(doc.Descendants().Count() < 200, "one path for the line, not one marker per point");
        Assert.Contains("2025", SvgAssert.Texts(doc));
    }
}
