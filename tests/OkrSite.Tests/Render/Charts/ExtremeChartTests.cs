using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

/// <summary>Charts of values and dates at the ends of what double and the supported dates can hold.</summary>
public class ExtremeChartTests
{
    [Fact]
    public void Ordinary_values_keep_their_range_unscaled() =>
        Assert.Equal(new ValueRange(72 - (6 * 0.08), 78 + (6 * 0.08), 1), ValueRange.Around([72, 78, 74.6]));

    [Fact]
    public void No_values_show_0_to_1() => Assert.Equal(new ValueRange(0, 1), ValueRange.Around([]));

    [Theory]
    [InlineData(5, 4.5, 5.5)] // ±10 %
    [InlineData(0, -1, 1)] // ±1 around zero
    [InlineData(5e-324, -1, 1)] // a subnormal is zero at any chart's resolution
    public void One_value_is_centred(double value, double min, double max) =>
        Assert.Equal(new ValueRange(min, max, 1), ValueRange.Around([value]));

    [Fact]
    public void The_largest_span_of_doubles_is_plotted_scaled_with_every_difference_finite()
    {
        var range = ValueRange.Around([-double.MaxValue, double.MaxValue, 0]);

        // Scaled by 1e308: ±1.797…, padded by 8 % of the span 3.595… on each side.
        Assert.Equal(1e308, range.Scale);
        Assert.Equal(-1.7976931348623157 - (2 * 1.7976931348623157 * 0.08), range.Min, 12);
        Assert.Equal(1.7976931348623157 + (2 * 1.7976931348623157 * 0.08), range.Max, 12);
        Assert.True(double.IsFinite(range.Span) && double.IsFinite(range.Max + range.Span) && double.IsFinite(range.Min - range.Span));
        Assert.Equal(1.7976931348623157, range.Y(double.MaxValue), 12);
    }

    [Fact]
    public void Values_that_differ_below_the_resolution_of_double_are_one_value()
    {
        // 1e20 and the next double up: a span of 16384 at 1e20 would give ticks closer than double can tell apart.
        var range = ValueRange.Around([1e20, 100000000000000016384d]);

        Assert.Equal(1e20, range.Scale);
        Assert.Equal(0.9, range.Min, 12);
        Assert.Equal(1.1, range.Max, 12);
    }

    [Theory]
    [InlineData(1.5e308, "1.5E+308")]
    [InlineData(-1.7976931348623157e308, "-1.797693E+308")]
    [InlineData(1e15, "1E+15")]
    [InlineData(999_999_999_999_999, "999,999,999,999,999")]
    public void Huge_tick_labels_are_in_exponent_notation(double value, string expected) => Assert.Equal(expected, ChartText.Tick(value));

    [Fact]
    public void Huge_values_in_text_are_in_exponent_notation() => Assert.Equal("-1.8E+308 %", ChartText.Value(-double.MaxValue, "%"));

    [Fact]
    public void A_kpi_of_the_largest_and_smallest_doubles_renders_with_labelled_ticks()
    {
        var kpi = Kpi("Extreme", null, Direction.Higher, 1e308, -1e308, double.MaxValue, KpiHealth.Healthy, Series("x", ("2026-07-01", -double.MaxValue), ("2026-08-01", double.MaxValue), ("2026-09-01", 5e-324)));

        var chart = ChartRenderer.KpiTrend(kpi, AsOf);

        var texts = SvgAssert.Texts(SvgAssert.Valid(chart.Svg)).ToList();
        Assert.Contains(texts, t => t.EndsWith("E+308", StringComparison.Ordinal));
        Assert.Contains("target 1.8E+308", texts);
        Assert.DoesNotContain("NaN", chart.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", chart.Svg, StringComparison.Ordinal);
        Assert.Equal("Extreme rose from −1.8E+308 on 1 Jul 2026 to 0 on 1 Sep 2026; healthy at or above 1E+308, critical at or below −1E+308, target 1.8E+308.", chart.AltText);
    }

    [Fact]
    public void A_key_result_whose_span_overflows_renders()
    {
        var period = Period.OfQuarter(2026, 4);
        var kr = MetricKr("m", null, -double.MaxValue, double.MaxValue, Status.OnTrack, 0);

        var chart = ChartRenderer.KeyResult(Objective(period, kr, AsOf), kr.Over(period, Series("m", ("2026-10-15", 0), ("2026-11-01", double.MaxValue)), AsOf), AsOf);

        SvgAssert.Valid(chart.Svg);
        Assert.DoesNotContain("NaN", chart.Svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 1, "0100-01-05")]
    [InlineData(9998, 4, "9998-12-31")]
    public void Key_results_of_the_first_and_last_quarters_render(int year, int quarter, string asOf)
    {
        var period = Period.OfQuarter(year, quarter);
        var date = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kr = MetricKr("m", null, 1, 10, Status.OnTrack, 5);

        var chart = ChartRenderer.KeyResult(Objective(period, kr, date), kr.Over(period, Series("m", (asOf, 5)), date), date);

        SvgAssert.Valid(chart.Svg);
    }

    [Theory]
    [InlineData("0100-01-01", "0100-01-01")] // no values: four weeks before the report date, before any chartable date
    [InlineData("9998-12-31", "9998-12-31")] // padded past 9999-12-31, the end of OLE Automation dates
    [InlineData("0100-01-01", "9998-12-31")] // the whole supported range
    public void Kpis_at_the_ends_of_the_supported_dates_render(string first, string last)
    {
        var asOf = DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var empty = first == last && first.StartsWith("0100", StringComparison.Ordinal);
        var kpi = Churn(empty ? [] : [(first, 3), (last, 4)]);

        var chart = ChartRenderer.KpiTrend(kpi, asOf);

        SvgAssert.Valid(chart.Svg);
    }

    [Fact]
    public void Axis_dates_are_clamped_to_the_supported_dates()
    {
        Assert.Equal(SupportedDates.First, DateTicks.DateAt(-1e9));
        Assert.Equal(SupportedDates.Last, DateTicks.DateAt(1e9));
        Assert.Equal(new DateOnly(1899, 12, 30), DateTicks.DateAt(0));
    }

    [Fact]
    public void Ten_thousand_years_get_ticks_every_thousand_years()
    {
        var ticks = DateTicks.For(SupportedDates.First, SupportedDates.Last, 620);

        Assert.Equal(["1000", "2000", "3000", "4000", "5000", "6000", "7000", "8000", "9000"], ticks.Labels.Select(t => t.Text));
    }
}
