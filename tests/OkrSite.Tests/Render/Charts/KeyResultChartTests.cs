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
    public void Is_one_valid_svg_with_a_wide_and_a_narrow_drawing()
    {
        var chart = RetentionChart();

        Assert.Equal((960, 380), (chart.Width, chart.Height));
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void The_wide_drawing_labels_mondays_the_narrow_one_months_and_the_unit_labels_the_value_axis()
    {
        var doc = SvgAssert.Valid(RetentionChart().Svg);
        var wide = SvgAssert.Texts(doc).ToList();
        var narrow = SvgAssert.Texts(SvgAssert.Drawing(doc, ChartLayout.Narrow)).ToList();

        Assert.Equal(["5 Oct", "12 Oct", "19 Oct", "26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov", "7 Dec", "14 Dec", "21 Dec", "28 Dec"], wide.Where(t => t.Length is > 3 and < 7 && char.IsDigit(t[0]) && char.IsLetter(t[^1])));
        Assert.Equal(["Oct", "Nov", "Dec"], narrow.Where(t => t is "Oct" or "Nov" or "Dec"));
        foreach (var texts in new[] { wide, narrow })
        {
            Assert.Contains("%", texts);
            Assert.Contains("target 78%", texts);
            Assert.Contains("as of 16 Nov", texts);
            Assert.Contains("75.8% · 31 Oct", texts);
        }
    }

    [Theory]
    [InlineData(Status.OnTrack, "fg")]
    [InlineData(Status.AtRisk, "fw")]
    [InlineData(Status.OffTrack, "fb")]
    [InlineData(Status.NoData, "fn")]
    public void The_line_is_blue_whatever_the_status_and_the_latest_value_has_the_status_colour(Status status, string dot)
    {
        var classes = SvgAssert.Classes(RetentionChart(status).Svg);

        Assert.Contains("sa", classes);
        Assert.Contains(dot, classes);
        Assert.DoesNotContain(new[] { "fg", "fw", "fb", "fn" }.Where(c => c != dot), classes.Contains);
    }

    [Fact]
    public void The_spec_has_a_legend_entry_for_each_element_it_draws_and_no_other()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);
        var spec = KeyResultChart.From(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf, null).Spec(ChartFormat.English);
        var bare = MetricKr("customer-retention", "%", null, null, Status.AtRisk, 75.8);
        var bareSpec = KeyResultChart.From(Objective(Q4, bare, AsOf), bare.Over(Q4, Retention, AsOf), AsOf, null).Spec(ChartFormat.English);

        Assert.Equal([LegendKind.Actual, LegendKind.Plan, LegendKind.Target, LegendKind.Latest], spec.Legend.Select(e => e.Kind));
        Assert.Equal(["Actual values", "Plan, baseline to target", "Target", "Latest value"], spec.Legend.Select(e => e.Text));
        Assert.Equal([LegendKind.Actual, LegendKind.Latest], bareSpec.Legend.Select(e => e.Kind));
        Assert.Empty(bareSpec.Levels);
        Assert.Equal([ChartRole.Actual], bareSpec.Lines.Select(l => l.Role));
    }

    [Fact]
    public void The_latest_value_is_labelled_with_value_and_date_in_the_status_colour()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.OffTrack, 75.8);

        var latest = KeyResultChart.From(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf, null).Spec(ChartFormat.English).Latest;

        Assert.Equal("75.8% · 31 Oct", latest?.Label);
        Assert.Equal(ChartRole.Bad, latest?.Role);
        Assert.Equal(DateTicks.X(new DateOnly(2026, 10, 31)), latest?.Point.X);
    }

    [Fact]
    public void Alt_text_states_the_trend_the_target_and_the_plan_by_today()
    {
        // Plan: 74.6 + (78 − 74.6) × 47/92 = 76.337 (docs/format.md, worked example).
        Assert.Equal(
            "Customer retention rose from 74.6% on 30 Sep 2026 to 75.8% on 31 Oct 2026; target 78%, plan 76.34% by today.",
            RetentionChart().AltText);
    }

    [Fact]
    public void Alt_text_of_a_decreasing_metric_of_a_past_period_has_no_plan()
    {
        var series = Series("social-response-time", ("2026-06-01", 18), ("2026-06-29", 16), ("2026-07-27", 12), ("2026-09-28", 9.5), ("2026-10-26", 7.2));
        var kr = MetricKr("social-response-time", "hours", 16, 6, Status.AtRisk, 9.5);
        var q3 = Period.OfQuarter(2026, 3);

        var chart = ChartRenderer.KeyResult(Objective(q3, kr, AsOf), kr.Over(q3, series, AsOf), AsOf);

        Assert.Equal("Social response time fell from 16 hours on 29 Jun 2026 to 9.5 hours on 28 Sep 2026; target 6 hours.", chart.AltText);
        Assert.DoesNotContain("as of", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Alt_text_uses_the_given_name()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf, "Retention");

        Assert.StartsWith("Retention rose from 74.6% on 30 Sep 2026", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_data_the_chart_still_renders()
    {
        var kr = MetricKr("new-metric", null, null, 10, Status.NoData);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr, AsOf);

        Assert.Equal("No data yet.", chart.AltText);
        SvgAssert.Valid(chart.Svg);
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void Without_target_or_baseline_and_an_empty_series_the_chart_still_renders()
    {
        var kr = MetricKr("new-metric", "€", null, null, Status.NoData);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, new Series("new-metric", []), AsOf), AsOf);

        Assert.Equal("No data yet.", chart.AltText);
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void A_single_point_renders_and_is_stated()
    {
        var series = Series("signups", ("2026-10-05", 12));
        var kr = MetricKr("signups", null, null, 40, Status.NoData, 12);

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, series, AsOf), AsOf);

        Assert.Equal("Signups was 12 on 5 Oct 2026; target 40.", chart.AltText);
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void A_value_written_by_hand_is_shown_at_the_report_date()
    {
        var kr = MetricKr("", "%", 5, 20, Status.OnTrack, 14, ValueSource.Explicit) with { Metric = null, Plan = 12.6630434783 }; // 5 + 15 × 47/92

        var chart = ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr, AsOf);

        Assert.Equal("The value was 14% on 16 Nov 2026; target 20%, plan 12.66% by today.", chart.AltText);
    }

    [Fact]
    public void A_period_that_has_not_started_renders()
    {
        var kr = MetricKr("customer-retention", "%", 75.8, 80, Status.NotStarted);
        var q1 = Period.OfQuarter(2027, 1);

        var chart = ChartRenderer.KeyResult(Objective(q1, kr, AsOf), kr.Over(q1, Retention, AsOf), AsOf);

        Assert.Equal("Customer retention was 75.8% on 31 Oct 2026; target 80%.", chart.AltText);
        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void A_milestone_has_no_chart()
    {
        var kr = MetricKr("x", null, null, null, Status.OnTrack) with { Type = KeyResultType.Milestone, Metric = null };

        Assert.Throws<ArgumentException>(() => ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr, AsOf));
    }

    [Fact]
    public void Palette_colours_are_the_site_colours_in_light_and_dark()
    {
        var svg = RetentionChart().Svg;
        var dark = svg.IndexOf("@media (prefers-color-scheme:dark)", StringComparison.Ordinal);

        Assert.Equal("fill:" + Palette.Light.Muted, SvgAssert.Declaration(svg[..dark], "fm"));
        Assert.Equal("fill:" + Palette.Dark.Muted, SvgAssert.Declaration(svg[dark..], "fm"));
        Assert.DoesNotContain("fill=\"white\"", svg, StringComparison.Ordinal);
    }
}
