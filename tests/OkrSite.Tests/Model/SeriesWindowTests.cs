using OkrSite.Core.Model;

namespace OkrSite.Tests.Model;

public class SeriesWindowTests
{
    private static DataPoint P(int month, int day, double value) => new(new DateOnly(2026, month, day), value);

    private static readonly Series Series = new("m", [P(5, 31, 1), P(6, 30, 2), P(7, 1, 3), P(8, 15, 4), P(9, 30, 5), P(10, 1, 6)]);

    private static readonly DateOnly Start = new(2026, 7, 1);

    [Fact]
    public void The_window_is_the_last_point_before_the_start_and_the_points_up_to_the_end()
    {
        var window = Series.Window(Start, new DateOnly(2026, 9, 30));

        Assert.Equal([P(6, 30, 2), P(7, 1, 3), P(8, 15, 4), P(9, 30, 5)], window.Points);
        Assert.Equal(P(6, 30, 2), window.First);
        Assert.Equal(P(9, 30, 5), window.Last);
    }

    [Fact]
    public void Without_a_point_before_the_start_the_window_begins_in_the_period()
    {
        var window = new Series("m", [P(7, 1, 3), P(8, 15, 4)]).Window(Start, new DateOnly(2026, 8, 1));

        Assert.Equal([P(7, 1, 3)], window.Points);
    }

    [Fact]
    public void Before_the_period_starts_the_window_holds_only_the_baseline_point_and_without_data_nothing()
    {
        Assert.Equal([P(6, 30, 2)], Series.Window(Start, new DateOnly(2026, 6, 15)).Points);

        var none = new Series("m", [P(12, 1, 9)]).Window(Start, new DateOnly(2026, 9, 30));
        Assert.Equal(0, none.Count);
        Assert.Empty(none.Points);
        Assert.Null(none.First);
        Assert.Null(none.Last);
    }
}
