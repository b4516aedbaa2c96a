using OkrSite.Core.Model;

namespace OkrSite.Tests.Model;

public class SeriesTests
{
    private static readonly Series Retention = new("retention",
    [
        new(new DateOnly(2026, 5, 31), 72),
        new(new DateOnly(2026, 6, 30), 73),
        new(new DateOnly(2026, 7, 31), 73.5),
        new(new DateOnly(2026, 8, 31), 74.1),
    ]);

    [Fact]
    public void Latest_on_or_before_includes_the_day_itself()
    {
        Assert.Equal(73.5, Retention.LatestOnOrBefore(new DateOnly(2026, 7, 31))!.Value.Value);
        Assert.Equal(73.5, Retention.LatestOnOrBefore(new DateOnly(2026, 8, 30))!.Value.Value);
        Assert.Null(Retention.LatestOnOrBefore(new DateOnly(2026, 5, 30)));
        Assert.Equal(74.1, Retention.LatestOnOrBefore(new DateOnly(2030, 1, 1))!.Value.Value);
    }

    [Fact]
    public void Latest_before_excludes_the_day_itself()
    {
        Assert.Equal(72, Retention.LatestBefore(new DateOnly(2026, 6, 30))!.Value.Value);
        Assert.Equal(73, Retention.LatestBefore(new DateOnly(2026, 7, 1))!.Value.Value);
        Assert.Null(Retention.LatestBefore(new DateOnly(2026, 5, 31)));
    }

    [Fact]
    public void Until_cuts_the_points_after_the_date()
    {
        Assert.Equal(2, Retention.Until(new DateOnly(2026, 7, 15)).Length);
        Assert.Empty(new Series("x", []).Until(new DateOnly(2026, 7, 15)));
    }
}
