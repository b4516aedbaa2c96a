using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class KeyResultChartTests
{
    private static readonly Period Q4 = Period.OfQuarter(2026, 4);

    private static ChartImage RetentionChart(Status status = Status.AtRisk)
    {
        // The plan by now is the Report's: 74.6 + (78 − 74.6) × 47/92 = 76.3369565217 (docs/format.md, worked example).
        var kr = MetricKr("customer-retention", "%", 74.6, 78, status, 75.8) with { Plan = 76.3369565217 };
        return ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf);
    }

    [Fact]
    public void Is_valid_svg_of_the_content_column_size()
    {
        var chart = RetentionChart();

        Assert.Equal((720, 300), (chart.Width, chart.Height));
        SvgAssert.Valid(chart.LightSvg, 720, 300);
        SvgAssert.Valid(chart.DarkSvg, 720, 300);
    }

    [Fact]
    public void Dates_on_the_axis_are_invariant_english_and_the_unit_labels_the_value_axis()
    {
        var texts = SvgAssert.Texts(SvgAssert.Valid(RetentionChart().LightSvg, 720, 300)).ToList();

        Assert.Equal(["Oct 1", "Oct 15", "Nov 1", "Nov 15", "Dec 1", "Dec 15"], texts.Where(t => t.Length > 3 && char.IsLetter(t[0]) && char.IsDigit(t[^1]) && !t.StartsWith("as of", StringComparison.Ordinal) && !t.StartsWith("target", StringComparison.Ordinal)));
        Assert.Contains("%", texts);
        Assert.Contains("target 78 %", texts);
        Assert.Contains("as of Nov 16", texts);
    }

    [Theory]
    [InlineData(Status.OnTrack, "#1a7f37", "#3fb950")]
    [InlineData(Status.AtRisk, "#9a6700", "#d29922")]
    [InlineData(Status.OffTrack, "#cf222e", "#f85149")]
    [InlineData(Status.NoData, "#0969da", "#58a6ff")]
    public void The_series_has_the_colour_of_the_status(Status status, string light, string dark)
    {
        var chart = RetentionChart(status);

        Assert.Contains($"stroke=\"{light}\"", chart.LightSvg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"stroke=\"{dark}\"", chart.DarkSvg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"\"{dark}\"", chart.LightSvg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Light_and_dark_differ_only_in_colours()
    {
        var chart = RetentionChart();

        Assert.NotEqual(chart.LightSvg, chart.DarkSvg);
        Assert.Equal(SvgAssert.WithoutColours(chart.LightSvg), SvgAssert.WithoutColours(chart.DarkSvg));
    }

    [Fact]
    public void Alt_text_states_the_trend_the_target_and_the_plan_by_today()
    {
        // Plan: 74.6 + (78 − 74.6) × 47/92 = 76.337 (docs/format.md, worked example).
        Assert.Equal(
            "Customer retention rose from 74.6 % on 2026-09-30 to 75.8 % on 2026-10-31; target 78 %, plan 76.34 % by today.",
            RetentionChart().AltText);
    }

    [Fact]
    public void Alt_text_of_a_decreasing_metric_of_a_past_period_has_no_plan()
    {
        var series = Series("social-response-time", ("2026-06-01", 18), ("2026-06-29", 16), ("2026-07-27", 12), ("2026-09-28", 9.5), ("2026-10-26", 7.2));
        var kr = MetricKr("social-response-time", "hours", 16, 6, Status.AtRisk, 9.5);
        var q3 = Period.OfQuarter(2026, 3);

        var chart = ChartRenderer.KeyResult(Objective(q3, kr, AsOf), kr.Over(q3, series, AsOf), AsOf);

        Assert.Equal("Social response time fell from 16 hours on 2026-06-29 to 9.5 hours on 2026-09-28; target 6 hours.", chart.AltText);
        Assert.DoesNotContain("as of", chart.LightSvg, StringComparison.Ordinal);
    }

    [Fact]
    public void Alt_text_uses_the_given_name()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf, "Retention");

        Assert.StartsWith("Retention rose from 74.6 % on 2026-09-30", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_data_the_chart_still_renders()
    {
        var kr = MetricKr("new-metric", null, null, 10, Status.NoData);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr, AsOf);

        Assert.Equal("No data yet.", chart.AltText);
        SvgAssert.Valid(chart.LightSvg, 720, 300);
        SvgAssert.Valid(chart.DarkSvg, 720, 300);
    }

    [Fact]
    public void Without_target_or_baseline_and_an_empty_series_the_chart_still_renders()
    {
        var kr = MetricKr("new-metric", "€", null, null, Status.NoData);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, new Series("new-metric", []), AsOf), AsOf);

        Assert.Equal("No data yet.", chart.AltText);
        SvgAssert.Valid(chart.LightSvg, 720, 300);
    }

    [Fact]
    public void A_single_point_renders_and_is_stated()
    {
        var series = Series("signups", ("2026-10-05", 12));
        var kr = MetricKr("signups", null, null, 40, Status.NoData, 12);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, series, AsOf), AsOf);

        Assert.Equal("Signups was 12 on 2026-10-05; target 40.", chart.AltText);
        SvgAssert.Valid(chart.LightSvg, 720, 300);
    }

    [Fact]
    public void A_value_written_by_hand_is_shown_at_the_report_date()
    {
        var kr = MetricKr("", "%", 5, 20, Status.OnTrack, 14, ValueSource.Explicit) with { Metric = null, Plan = 12.6630434783 }; // 5 + 15 × 47/92

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr, AsOf);

        Assert.Equal("The value was 14 % on 2026-11-16; target 20 %, plan 12.66 % by today.", chart.AltText);
    }

    [Fact]
    public void A_period_that_has_not_started_renders()
    {
        var kr = MetricKr("customer-retention", "%", 75.8, 80, Status.NotStarted);
        var q1 = Period.OfQuarter(2027, 1);

        var chart = ChartRenderer.KeyResult(Objective(q1, kr, AsOf), kr.Over(q1, Retention, AsOf), AsOf);

        Assert.Equal("Customer retention was 75.8 % on 2026-10-31; target 80 %.", chart.AltText);
        SvgAssert.Valid(chart.LightSvg, 720, 300);
    }

    [Fact]
    public void A_milestone_has_no_chart()
    {
        var kr = MetricKr("x", null, null, null, Status.OnTrack) with { Type = KeyResultType.Milestone, Metric = null };

        Assert.Throws<ArgumentException>(() => ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr, AsOf));
    }

    [Fact]
    public void Palette_colours_are_the_site_colours()
    {
        var chart = RetentionChart();

        Assert.Contains(Palette.Light.Muted, chart.LightSvg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Palette.Dark.Muted, chart.DarkSvg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fill=\"white\"", chart.LightSvg, StringComparison.Ordinal);
    }
}
