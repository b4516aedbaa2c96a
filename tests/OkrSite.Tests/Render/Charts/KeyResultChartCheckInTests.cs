using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Charts;
using static OkrSite.Tests.Render.Charts.ChartInputs;

namespace OkrSite.Tests.Render.Charts;

public class KeyResultChartCheckInTests
{
    private static readonly Period Q4 = Period.OfQuarter(2026, 4);

    private static CheckIn C(int month, int day, double? value, double? confidence) =>
        new(new DateOnly(2026, month, day), value, confidence, null, ValueOrigin.None);

    private static ChartImage Chart(params CheckIn[] checkIns)
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8) with { Plan = 76.3369565217, CheckIns = [.. checkIns] };
        return ChartRenderer.KeyResult(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf);
    }

    [Fact]
    public void The_alt_text_says_how_many_check_ins_and_the_latest_confidence()
    {
        Assert.EndsWith("plan 76.34% by today, 2 check-ins, the latest on 9 Nov 2026, confidence 6/10.", Chart(C(10, 5, null, 5), C(11, 9, 76.1, 6)).AltText, StringComparison.Ordinal);
        Assert.EndsWith("1 check-in, on 5 Oct 2026.", Chart(C(10, 5, 75, null)).AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ins_add_marks_to_the_svg_and_draw_the_same_every_time()
    {
        var without = Chart();
        var with = Chart(C(10, 5, null, 5), C(11, 9, 76.1, 6));

        Assert.NotEqual(without.Svg, with.Svg);
        Assert.True(with.Svg.Length > without.Svg.Length);
        Assert.Equal(with.Svg, Chart(C(10, 5, null, 5), C(11, 9, 76.1, 6)).Svg);
        Assert.Equal(with.Svg, Chart(C(10, 5, null, 5), C(11, 9, 76.1, 6)).Svg);
        SvgAssert.Valid(with.Svg);
    }

    [Fact]
    public void A_check_in_without_a_value_is_marked_on_the_value_line_at_its_date()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk, 75.8) with { CheckIns = [C(10, 16, null, 5), C(10, 5, 75.1, null)] };
        var chart = KeyResultChart.From(Objective(Q4, kr, AsOf), kr.Over(Q4, Retention, AsOf), AsOf, null);

        var spec = chart.Spec(ChartFormat.English);

        // 16 Oct is 16 of the 31 days from 30 Sep (74.6) to 31 Oct (75.8).
        var dated = Assert.Single(spec.Marks, m => m.Mark == ChartMark.TriangleUp);
        Assert.False(dated.OnBottomEdge);
        var point = Assert.Single(dated.Points);
        Assert.Equal(DateTicks.X(new DateOnly(2026, 10, 16)), point.X);
        Assert.Equal(74.6 + (16 / 31.0 * 1.2), point.Value, 9);
        Assert.True(dated.Size >= 9, "large enough to find on the line");
        Assert.Equal(75.1, Assert.Single(Assert.Single(spec.Marks, m => m.Mark == ChartMark.OpenDiamond).Points).Value);
    }

    [Fact]
    public void Without_values_a_check_in_without_a_value_stays_on_the_bottom_edge()
    {
        var kr = MetricKr("customer-retention", "%", 74.6, 78, Status.AtRisk) with { CheckIns = [C(10, 16, null, 5)] };
        var chart = KeyResultChart.From(Objective(Q4, kr, AsOf), kr.Over(Q4, null, AsOf), AsOf, null);

        Assert.True(Assert.Single(chart.Spec(ChartFormat.English).Marks).OnBottomEdge);
    }

    [Theory]
    [InlineData("2026-09-01", 10)]   // before the first point: its value
    [InlineData("2026-10-01", 10)]
    [InlineData("2026-10-06", 15)]   // halfway through 1-11 Oct
    [InlineData("2026-10-11", 20)]
    [InlineData("2026-10-21", 20)]   // after the last point: its value
    public void The_value_on_the_line_is_interpolated_between_points_and_held_beyond_them(string date, double expected)
    {
        DataPoint[] points = [new(new DateOnly(2026, 10, 1), 10), new(new DateOnly(2026, 10, 11), 20)];

        Assert.Equal(expected, KeyResultChart.ValueOnLine(points, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), 9);
    }
}
