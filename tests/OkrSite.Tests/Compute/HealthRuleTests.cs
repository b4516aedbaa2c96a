using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class HealthRuleTests
{
    [Theory]
    // retention, higher is better, green 78, red 72
    [InlineData(80, KpiHealth.Healthy)]
    [InlineData(78, KpiHealth.Healthy)] // at green
    [InlineData(75, KpiHealth.Warning)]
    [InlineData(72, KpiHealth.Critical)] // at red
    [InlineData(60, KpiHealth.Critical)]
    public void Higher_is_better(double latest, KpiHealth expected) =>
        Assert.Equal(expected, HealthRule.Of(Direction.Higher, 78, 72, latest));

    [Theory]
    // response time in hours, lower is better, green 4, red 12
    [InlineData(2, KpiHealth.Healthy)]
    [InlineData(4, KpiHealth.Healthy)]
    [InlineData(8, KpiHealth.Warning)]
    [InlineData(12, KpiHealth.Critical)]
    [InlineData(30, KpiHealth.Critical)]
    public void Lower_is_better_mirrors_the_thresholds(double latest, KpiHealth expected) =>
        Assert.Equal(expected, HealthRule.Of(Direction.Lower, 4, 12, latest));

    [Fact]
    public void Without_a_value_there_is_no_data_and_without_thresholds_it_is_unrated()
    {
        Assert.Equal(KpiHealth.NoData, HealthRule.Of(Direction.Higher, 78, 72, null));
        Assert.Equal(KpiHealth.Unrated, HealthRule.Of(Direction.Higher, null, null, 75));
    }

    [Fact]
    public void With_only_red_anything_short_of_red_is_healthy()
    {
        Assert.Equal(KpiHealth.Healthy, HealthRule.Of(Direction.Higher, null, 50, 51));
        Assert.Equal(KpiHealth.Critical, HealthRule.Of(Direction.Higher, null, 50, 50));
    }

    [Fact]
    public void With_only_green_anything_short_of_green_is_a_warning()
    {
        Assert.Equal(KpiHealth.Warning, HealthRule.Of(Direction.Higher, 500, null, 499));
        Assert.Equal(KpiHealth.Healthy, HealthRule.Of(Direction.Higher, 500, null, 500));
        Assert.Equal(KpiHealth.Warning, HealthRule.Of(Direction.Lower, 4, null, 5));
    }

    [Theory]
    [InlineData(Frequency.Daily, "2026-11-15", false)] // 1 day old
    [InlineData(Frequency.Daily, "2026-11-14", true)] // 2 days
    [InlineData(Frequency.Weekly, "2026-11-09", false)] // 7 days
    [InlineData(Frequency.Weekly, "2026-11-08", true)] // 8 days
    [InlineData(Frequency.Monthly, "2026-10-16", false)] // 31 days
    [InlineData(Frequency.Monthly, "2026-10-15", true)] // 32 days
    [InlineData(Frequency.Quarterly, "2026-08-16", false)] // 92 days
    [InlineData(Frequency.Quarterly, "2026-08-15", true)] // 93 days
    [InlineData(Frequency.Yearly, "2025-11-15", false)] // 366 days
    [InlineData(Frequency.Yearly, "2025-11-14", true)] // 367 days
    public void Stale_when_older_than_its_frequency_allows(Frequency frequency, string latest, bool stale) =>
        Assert.Equal(stale, HealthRule.IsStale(frequency, DateOnly.ParseExact(latest, "yyyy-MM-dd", CultureInfo.InvariantCulture), new DateOnly(2026, 11, 16)));

    [Theory]
    [InlineData(Direction.Higher, 1e308, -1e308, double.MaxValue, KpiHealth.Healthy)]
    [InlineData(Direction.Higher, 1e308, -1e308, -double.MaxValue, KpiHealth.Critical)]
    [InlineData(Direction.Higher, 1e308, -1e308, 0, KpiHealth.Warning)]
    [InlineData(Direction.Lower, 5e-324, 1e-320, 0, KpiHealth.Healthy)] // subnormal thresholds compare exactly
    [InlineData(Direction.Lower, 5e-324, 1e-320, 5e-321, KpiHealth.Warning)]
    [InlineData(Direction.Lower, 0, 1, -0.0, KpiHealth.Healthy)] // -0 is at green
    public void Extreme_values_and_thresholds_compare_as_numbers(Direction direction, double green, double red, double latest, KpiHealth expected) =>
        Assert.Equal(expected, HealthRule.Of(direction, green, red, latest));

    [Fact]
    public void Staleness_spans_the_whole_supported_range()
    {
        Assert.True(HealthRule.IsStale(Frequency.Yearly, SupportedDates.First, SupportedDates.Last));
        Assert.False(HealthRule.IsStale(Frequency.Daily, SupportedDates.Last, SupportedDates.Last));
    }

    [Fact]
    public void Never_stale_without_a_frequency_or_a_value()
    {
        Assert.False(HealthRule.IsStale(null, new DateOnly(2020, 1, 1), new DateOnly(2026, 11, 16)));
        Assert.False(HealthRule.IsStale(Frequency.Daily, null, new DateOnly(2026, 11, 16)));
    }
}
