using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class CheckInScheduleTests
{
    private static readonly Period Q4 = Period.Parse("2026-Q4");
    private static readonly DateOnly AsOf = new(2026, 11, 16);

    [Theory]
    [InlineData("2026-11-09", false, 7)] // exactly a week: still current
    [InlineData("2026-11-08", true, 8)] // a day more
    [InlineData("2026-11-16", false, 0)] // checked in today
    [InlineData("2026-11-04", true, 12)] // "no check-in for 12 days"
    public void Weekly_the_latest_check_in_is_overdue_after_seven_days(string latest, bool overdue, int days) =>
        Assert.Equal((overdue, (int?)days), CheckInSchedule.Of(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), Q4, AsOf, CheckInCadence.Weekly, expected: true, done: false));

    [Fact]
    public void Biweekly_and_a_number_of_days_count_days()
    {
        Assert.False(CheckInSchedule.Of(new DateOnly(2026, 11, 2), Q4, AsOf, CheckInCadence.Biweekly, true, false).Overdue); // 14 days
        Assert.True(CheckInSchedule.Of(new DateOnly(2026, 11, 1), Q4, AsOf, CheckInCadence.Biweekly, true, false).Overdue); // 15 days
        Assert.True(CheckInSchedule.Of(new DateOnly(2026, 11, 12), Q4, AsOf, new CheckInCadence(3), true, false).Overdue); // 4 days > 3
    }

    [Fact]
    public void Monthly_is_a_calendar_month()
    {
        // 16 October + 1 month = 16 November: due today, not overdue; 15 October is.
        Assert.False(CheckInSchedule.Of(new DateOnly(2026, 10, 16), Q4, AsOf, CheckInCadence.EveryMonth, true, false).Overdue);
        Assert.True(CheckInSchedule.Of(new DateOnly(2026, 10, 15), Q4, AsOf, CheckInCadence.EveryMonth, true, false).Overdue);
    }

    [Fact]
    public void Without_any_check_in_the_key_result_is_counted_from_the_period_start()
    {
        // Q4 started 1 October: 46 days without a check-in.
        Assert.Equal((true, (int?)46), CheckInSchedule.Of(null, Q4, AsOf, CheckInCadence.Weekly, true, false));
        // On 8 October a week has passed exactly: not yet overdue.
        Assert.Equal((false, (int?)7), CheckInSchedule.Of(null, Q4, new DateOnly(2026, 10, 8), CheckInCadence.Weekly, true, false));
    }

    [Fact]
    public void A_closed_or_unstarted_period_a_done_milestone_and_a_period_without_check_ins_get_no_flag()
    {
        var old = new DateOnly(2026, 7, 1);
        Assert.Equal((false, (int?)null), CheckInSchedule.Of(old, Period.Parse("2026-Q3"), AsOf, CheckInCadence.Weekly, true, false));
        Assert.Equal((false, (int?)null), CheckInSchedule.Of(null, Period.Parse("2027-Q1"), AsOf, CheckInCadence.Weekly, true, false));
        Assert.Equal((false, (int?)null), CheckInSchedule.Of(old, Q4, AsOf, CheckInCadence.Weekly, true, done: true));
        Assert.Equal((false, (int?)null), CheckInSchedule.Of(null, Q4, AsOf, CheckInCadence.Weekly, expected: false, done: false));
    }
}
