using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class ExpectedProgressTests
{
    [Theory]
    [InlineData("2026-Q3", "2026-07-01", 1.0 / 92)] // first day counts: 1 of 92 days
    [InlineData("2026-Q3", "2026-08-15", 46.0 / 92)] // Jul 31 + Aug 15 = 46 days
    [InlineData("2026-Q3", "2026-09-30", 1)] // last day
    [InlineData("2026-Q3", "2026-10-15", 1)] // after the period: clamped
    [InlineData("2026-Q3", "2026-06-30", 0)] // the day before: 0 / 92
    [InlineData("2026-Q3", "2026-01-01", 0)] // long before: clamped
    [InlineData("2026", "2026-11-16", 320.0 / 365)]
    [InlineData("2026-Q4", "2026-11-16", 47.0 / 92)] // Oct 31 + Nov 16
    [InlineData("2024-Q1", "2024-02-29", 60.0 / 91)] // leap year
    [InlineData("0100-Q1", "0100-01-01", 1.0 / 90)] // the first supported day (0100 is no leap year)
    [InlineData("0100", "9998-12-31", 1)] // the whole supported range away
    [InlineData("9998-Q4", "9998-12-31", 1)] // the last supported day
    [InlineData("9998-Q4", "0100-01-01", 0)]
    [InlineData("9998", "9998-12-30", 364.0 / 365)]
    public void Expected_is_the_elapsed_share_of_the_period_counting_both_ends(string period, string asOf, double expected) =>
        Assert.Equal(expected, ExpectedProgress.At(Period.Parse(period), DateOnly.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), 12);
}
