using OkrSite.Core.Model;

namespace OkrSite.Tests.Model;

public class PeriodTests
{
    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31", 365)]
    [InlineData("2024", "2024-01-01", "2024-12-31", 366)]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30", 181)]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31", 184)]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31", 90)]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31", 91)]
    [InlineData("2026-Q2", "2026-04-01", "2026-06-30", 91)]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30", 92)]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31", 92)]
    public void Parses_calendar_periods_inclusive_of_first_and_last_day(string text, string start, string end, int days)
    {
        var period = Period.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(days, period.Days);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2026)]
    [InlineData(9998)]
    public void Names_every_period_of_a_year_apart_and_the_same_each_time(int year)
    {
        Period[] periods = [Period.OfYear(year), Period.OfHalf(year, 1), Period.OfHalf(year, 2), .. Enumerable.Range(1, 4).Select(q => Period.OfQuarter(year, q))];
        var y = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([y, $"{y}-H1", $"{y}-H2", $"{y}-Q1", $"{y}-Q2", $"{y}-Q3", $"{y}-Q4"], periods.Select(p => p.ToString()));
        Assert.Equal(periods.Select(p => p.ToString()), periods.Select(p => p.ToString()));
    }

    [Fact]
    public void Names_the_default_period_as_before() => Assert.Equal("0000", default(Period).ToString());

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-H3")]
    [InlineData("26-Q1")]
    [InlineData("2026Q1")]
    [InlineData("2026-M1")]
    [InlineData("")]
    [InlineData("Q1-2026")]
    public void Rejects_what_is_not_a_period(string text) => Assert.False(Period.TryParse(text, out _));

    [Theory]
    [InlineData("0100-Q1", "0100-01-01", "0100-03-31")]
    [InlineData("0100", "0100-01-01", "0100-12-31")]
    [InlineData("9998-Q4", "9998-10-01", "9998-12-31")]
    [InlineData("9998-H2", "9998-07-01", "9998-12-31")]
    [InlineData("9998", "9998-01-01", "9998-12-31")]
    public void The_first_and_last_supported_periods_have_every_day_and_a_next_day(string text, string start, string end)
    {
        var period = Period.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(period.End.DayNumber + 1, period.End.AddDays(1).DayNumber);
        Assert.Equal(period.End, Period.QuarterOf(period.End).End);
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("0099-Q4")]
    [InlineData("9999")]
    [InlineData("9999-Q1")]
    public void Periods_outside_the_supported_years_are_not_periods(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        Assert.True(Period.HasUnsupportedYear(text));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("0100-Q1")]
    [InlineData("x")]
    [InlineData(null)]
    public void Only_well_formed_periods_of_other_years_have_an_unsupported_year(string? text) =>
        Assert.False(Period.HasUnsupportedYear(text));

    [Theory]
    [InlineData(99)]
    [InlineData(9999)]
    public void Periods_of_unsupported_years_cannot_be_made(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfYear(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfQuarter(year, 1));
    }

    [Fact]
    public void Accepts_lower_case_and_normalises_it() => Assert.Equal("2026-Q3", Period.Parse("2026-q3").ToString());

    [Fact]
    public void Orders_by_end_then_shortest_last_so_the_quarter_is_the_latest_of_a_year_end()
    {
        var ordered = new[] { "2026", "2026-Q4", "2026-Q3", "2026-H2", "2025" }.Select(Period.Parse).Order().Select(p => p.ToString());

        Assert.Equal(["2025", "2026-Q3", "2026", "2026-H2", "2026-Q4"], ordered);
    }

    [Fact]
    public void Quarter_of_a_date() => Assert.Equal("2026-Q4", Period.QuarterOf(new DateOnly(2026, 11, 23)).ToString());

    [Fact]
    public void Contains_is_inclusive()
    {
        var q3 = Period.Parse("2026-Q3");

        Assert.True(q3.Contains(new DateOnly(2026, 7, 1)));
        Assert.True(q3.Contains(new DateOnly(2026, 9, 30)));
        Assert.False(q3.Contains(new DateOnly(2026, 10, 1)));
        Assert.False(q3.Contains(new DateOnly(2026, 6, 30)));
    }

    [Theory]
    [InlineData("2026-Q1", "2026-H1 2026")]
    [InlineData("2026-Q2", "2026-H1 2026")]
    [InlineData("2026-Q3", "2026-H2 2026")]
    [InlineData("2026-Q4", "2026-H2 2026")]
    [InlineData("2026-H2", "2026")]
    [InlineData("2026", "")]
    public void Enclosing_periods_are_the_half_and_the_year_of_a_quarter_and_the_year_of_a_half(string period, string expected) =>
        Assert.Equal(expected, string.Join(' ', Period.Parse(period).Enclosing()));
}
