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
}
