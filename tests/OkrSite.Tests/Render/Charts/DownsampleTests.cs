using OkrSite.Core.Render.Charts;

namespace OkrSite.Tests.Render.Charts;

public class DownsampleTests
{
    private static List<ChartPoint> Daily(int days, Func<int, double> value) =>
        [.. Enumerable.Range(0, days).Select(i => new ChartPoint(i, value(i)))];

    [Fact]
    public void A_series_no_longer_than_the_columns_is_drawn_as_it_is()
    {
        var points = Daily(300, i => i % 7);

        Assert.Same(points, Downsample.MinMax(points, 0, 299, 300));
    }

    [Fact]
    public void A_long_series_has_no_more_points_than_columns_and_keeps_its_first_and_last()
    {
        var points = Daily(731, i => 50 + (10 * Math.Sin(i / 9.0)));

        var drawn = Downsample.MinMax(points, 0, 730, 260);

        Assert.InRange(drawn.Count, 200, 260);
        Assert.Equal(points[0], drawn[0]);
        Assert.Equal(points[^1], drawn[^1]);
        Assert.All(drawn, p => Assert.Contains(p, points));                           // only real points, no averages
        Assert.Equal(drawn.OrderBy(p => p.X).ToList(), drawn);                          // in their order
    }

    [Fact]
    public void A_one_day_spike_and_a_one_day_dip_survive()
    {
        var points = Daily(731, i => i switch { 400 => 90, 401 => 12, _ => 50 + (i % 3) });

        var drawn = Downsample.MinMax(points, 0, 730, 100);

        Assert.Contains(new ChartPoint(400, 90), drawn);
        Assert.Contains(new ChartPoint(401, 12), drawn);
        Assert.Equal((12, 90), (drawn.Min(p => p.Value), drawn.Max(p => p.Value)));
    }

    [Fact]
    public void Every_column_pair_keeps_the_range_of_values_it_had()
    {
        var random = new Random(42);
        var points = Daily(2000, _ => random.NextDouble());

        var drawn = Downsample.MinMax(points, 0, 1999, 300);

        // Bucket by bucket (two columns each) the lowest and highest value are those of all the points in it.
        var buckets = (300 - 2) / 2;
        int Bucket(double x) => (int)Math.Clamp(Math.Floor(x * buckets / 1999.0), 0, buckets - 1);
        foreach (var group in points.Skip(1).SkipLast(1).GroupBy(p => Bucket(p.X)))
        {
            var kept = drawn.Where(p => Bucket(p.X) == group.Key).ToList();
            Assert.Contains(kept, p => p.Value == group.Min(q => q.Value));
            Assert.Contains(kept, p => p.Value == group.Max(q => q.Value));
        }
    }

    [Fact]
    public void The_same_series_gives_the_same_points()
    {
        var points = Daily(1500, i => Math.Round(Math.Cos(i / 4.0), 3));

        Assert.Equal(Downsample.MinMax(points, 0, 1499, 280), Downsample.MinMax([.. points], 0, 1499, 280));
    }

    [Fact]
    public void Points_outside_the_visible_range_count_in_the_edge_buckets()
    {
        // A key result's baseline point lies before its period, drawn clipped at the left edge.
        var points = Daily(500, i => i == 0 ? -100 : i);

        var drawn = Downsample.MinMax(points, 10, 499, 50);

        Assert.Equal(points[0], drawn[0]);
        Assert.True(drawn.Count <= 50);
    }
}
