using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

/// <summary>A KPI's gap to its target and the way its change went, by direction, on hand-computed values.</summary>
public class KpiProgressTests
{
    [Theory]
    [InlineData(75.8, 78, 2.2)] // retention 75.8% of a 78% target: 2.2 still to go
    [InlineData(80, 78, -2)] // past it by 2
    [InlineData(78, 78, 0)]
    [InlineData(12480, 20000, 7520)]
    public void Higher_is_better_is_short_while_below_the_target(double latest, double target, double gap) =>
        Assert.Equal(gap, KpiProgress.Gap(latest, target, Direction.Higher));

    [Theory]
    [InlineData(7.5, 6, 1.5)] // a 7.5 h reply time against a 6 h target: 1.5 h still to cut
    [InlineData(4, 6, -2)] // 2 h better than the target
    [InlineData(6, 6, 0)]
    public void Lower_is_better_is_short_while_above_the_target(double latest, double target, double gap) =>
        Assert.Equal(gap, KpiProgress.Gap(latest, target, Direction.Lower));

    [Fact]
    public void The_gap_is_rounded_like_every_figure() =>
        Assert.Equal(0.3, KpiProgress.Gap(0.1, 0.4, Direction.Higher)); // 0.30000000000000004 unrounded

    [Fact]
    public void No_gap_without_a_latest_value_or_a_target_or_beyond_the_range_of_double()
    {
        Assert.Null(KpiProgress.Gap(null, 78, Direction.Higher));
        Assert.Null(KpiProgress.Gap(75.8, null, Direction.Lower));
        Assert.Null(KpiProgress.Gap(-double.MaxValue, double.MaxValue, Direction.Higher));
    }

    [Theory]
    [InlineData(2.2, false)]
    [InlineData(0.0, true)]
    [InlineData(-2.0, true)]
    public void The_target_is_met_on_it_or_past_it(double gap, bool met) => Assert.Equal(met, KpiProgress.Met(gap));

    [Fact]
    public void Without_a_gap_nothing_is_met() => Assert.Null(KpiProgress.Met(null));

    [Theory]
    [InlineData(1.2, Direction.Higher, KpiMovement.Better)]
    [InlineData(-1.2, Direction.Higher, KpiMovement.Worse)]
    [InlineData(1.5, Direction.Lower, KpiMovement.Worse)] // a reply time that grew
    [InlineData(-1.5, Direction.Lower, KpiMovement.Better)]
    [InlineData(0.0, Direction.Lower, KpiMovement.Unchanged)]
    public void A_change_is_better_when_it_goes_the_kpis_way(double change, Direction direction, KpiMovement movement) =>
        Assert.Equal(movement, KpiProgress.Movement(change, direction));

    [Fact]
    public void No_movement_without_a_change() => Assert.Null(KpiProgress.Movement(null, Direction.Higher));
}
