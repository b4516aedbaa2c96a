using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class KpiTrendChartTests
{
    [Fact]
    public void Is_one_valid_svg_with_a_wide_and_a_narrow_drawing()
    {
        var chart = ChartRenderer.KpiTrend(RetentionKpi, AsOf);

        Assert.Equal((960, 380), (chart.Width, chart.Height));
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void Alt_text_of_a_higher_is_better_kpi()
    {
        Assert.Equal(
            "Customer retention rose from 72% on 31 Dec 2025 to 75.8% on 31 Oct 2026; healthy at or above 78%, critical at or below 72%, target 80%; note on 31 Aug 2026: Loyalty programme launched.",
            ChartRenderer.KpiTrend(RetentionKpi, AsOf).AltText);
    }

    [Fact]
    public void Alt_text_of_a_lower_is_better_kpi()
    {
        var churn = Churn(("2026-06-29", 4), ("2026-07-27", 3.8), ("2026-08-03", 3.5));

        Assert.Equal(
            "Churn fell from 4 on 29 Jun 2026 to 3.5 on 3 Aug 2026; healthy at or below 2, critical at or above 5.",
            ChartRenderer.KpiTrend(churn, AsOf).AltText);
    }

    [Fact]
    public void Alt_text_of_an_unrated_kpi_that_did_not_move()
    {
        var kpi = Kpi("Website visits", "visits per week", Direction.Higher, null, null, null, KpiHealth.Unrated, Series("site-visits", ("2026-10-26", 12890), ("2026-11-02", 12890.004)));

        Assert.Equal("Website visits stayed at 12,890 visits per week from 26 Oct 2026 to 2 Nov 2026.", ChartRenderer.KpiTrend(kpi, AsOf).AltText);
    }

    [Fact]
    public void Empty_series_renders_with_no_data_yet()
    {
        var chart = ChartRenderer.KpiTrend(Churn(), AsOf);

        Assert.Equal("No data yet.", chart.AltText);
        SvgAssert.Valid(chart.Svg);
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void Empty_series_without_thresholds_renders()
    {
        var kpi = Kpi("Nothing", null, Direction.Higher, null, null, null, KpiHealth.NoData, new Series("nothing", default));

        SvgAssert.Valid(ChartRenderer.KpiTrend(kpi, AsOf).Svg);
    }

    [Fact]
    public void Single_point_renders()
    {
        var chart = ChartRenderer.KpiTrend(Churn(("2026-11-16", 4)), AsOf);

        Assert.Equal("Churn was 4 on 16 Nov 2026; healthy at or below 2, critical at or above 5.", chart.AltText);
        SvgAssert.Valid(chart.Svg);
    }

    [Theory]
    [InlineData(KpiHealth.Healthy, "fg")]
    [InlineData(KpiHealth.Warning, "fw")]
    [InlineData(KpiHealth.Critical, "fb")]
    [InlineData(KpiHealth.Unrated, "fn")]
    public void The_latest_point_has_the_colour_of_the_health(KpiHealth health, string dot)
    {
        var chart = ChartRenderer.KpiTrend(RetentionKpi with { Health = health }, AsOf);

        Assert.Contains(dot, SvgAssert.Classes(chart.Svg));
    }

    [Fact]
    public void Zones_are_labelled_in_words_and_in_the_legend_only_when_the_kpi_has_them()
    {
        var spec = KpiTrendChart.From(RetentionKpi, AsOf).Spec(ChartFormat.English);
        var churn = KpiTrendChart.From(Churn(("2026-06-29", 4), ("2026-08-03", 3.5)), AsOf).Spec(ChartFormat.English);
        var unrated = KpiTrendChart.From(Kpi("Visits", null, Direction.Higher, null, null, null, KpiHealth.Unrated, Series("v", ("2026-10-26", 1))), AsOf).Spec(ChartFormat.English);

        Assert.Equal(["healthy ≥ 78%", "critical ≤ 72%"], spec.Zones.Select(z => z.Label));
        Assert.Equal([ChartRole.Healthy, ChartRole.Critical], spec.Zones.Select(z => z.Role));
        Assert.NotEqual(spec.Zones[0].EdgeDash, spec.Zones[1].EdgeDash); // told apart without colour too
        Assert.Equal(["healthy ≤ 2", "critical ≥ 5"], churn.Zones.Select(z => z.Label));
        Assert.Equal([LegendKind.Actual, LegendKind.Healthy, LegendKind.Critical, LegendKind.Target, LegendKind.Note, LegendKind.Latest], spec.Legend.Select(e => e.Kind));
        Assert.Equal([LegendKind.Actual, LegendKind.Latest], unrated.Legend.Select(e => e.Kind));
        Assert.Empty(unrated.Zones);

        var texts = SvgAssert.Texts(SvgAssert.Valid(ChartRenderer.KpiTrend(RetentionKpi, AsOf).Svg)).ToList();
        Assert.Contains("healthy ≥ 78%", texts);
        Assert.Contains("critical ≤ 72%", texts);
    }

    [Fact]
    public void Points_with_a_note_get_a_marker_but_no_text_in_the_drawing()
    {
        var plain = RetentionKpi with { Series = Retention };

        var withNote = ChartRenderer.KpiTrend(RetentionKpi, AsOf).Svg;
        var without = ChartRenderer.KpiTrend(plain, AsOf).Svg;

        Assert.True(withNote.Length > without.Length);
        Assert.DoesNotContain("Loyalty", SvgAssert.Texts(System.Xml.Linq.XDocument.Parse(withNote)), StringComparer.Ordinal);
    }

    [Fact]
    public void Zones_are_translucent_bands_in_the_healthy_and_critical_colours()
    {
        var svg = ChartRenderer.KpiTrend(RetentionKpi, AsOf).Svg;

        Assert.Matches("<rect class=\"fh\" fill-opacity=\"0\\.1\\d*\"", svg);
        Assert.Matches("<rect class=\"fc\" fill-opacity=\"0\\.1\\d*\"", svg);
    }

    [Fact]
    public void Years_of_daily_values_render_without_markers_on_every_point()
    {
        var start = new DateOnly(2024, 1, 1);
        var points = Enumerable.Range(0, 1000).Select(i => new DataPoint(start.AddDays(i), 50 + (10 * Math.Sin(i / 30.0)))).ToArray();
        var kpi = Kpi("Daily", null, Direction.Higher, 55, 42, null, KpiHealth.Warning, new Series("daily", [.. points]));

        var chart = ChartRenderer.KpiTrend(kpi, start.AddDays(999));

        var doc = SvgAssert.Valid(chart.Svg);
        Assert.True(doc.Descendants().Count() < 200, "one path for the line, not one marker per point");
        Assert.Contains("2025", SvgAssert.Texts(doc));
    }
}
