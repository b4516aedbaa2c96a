using OkrSite.Core.Load.Data;

namespace OkrSite.Tests.Load.Data;

public class DateParserTests
{
    [Theory]
    [InlineData("2026-01-05")]
    [InlineData(" 2026-01-05 ")]
    [InlineData("2026-01-05T13:45")]
    [InlineData("2026-01-05T13:45:30")]
    [InlineData("2026-01-05T23:30Z")]
    [InlineData("2026-01-05t23:30z")]
    [InlineData("2026-01-05T23:30:00+02:00")]
    [InlineData("2026-01-05T00:30:00-05:00")]
    [InlineData("2026-01-05T23:59:59+14:00")]
    [InlineData("2026-01-05Z")]
    [InlineData("2026-01-05+01:00")]
    [InlineData("05.01.2026")]
    [InlineData("2026/01/05")]
    public void Reads_the_built_in_formats_and_keeps_the_date_as_written(string text)
    {
        Assert.Equal(DateParseStatus.Date, DateParser.Parse(text, null, out var date));
        Assert.Equal(new DateOnly(2026, 1, 5), date);
    }

    [Fact]
    public void Accepts_the_29th_of_February_in_leap_years()
    {
        Assert.True(DateParser.TryParse("2024-02-29", null, out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-01-00")]
    [InlineData("31.04.2026")]
    [InlineData("2026/02/29")]
    [InlineData("2026-01-05T24:00")]
    [InlineData("2026-01-05T12:60")]
    [InlineData("2026-01-05T12:00:61")]
    [InlineData("2026-01-05T12:00+15:00")]
    public void Reports_well_formed_dates_that_do_not_exist(string text)
    {
        Assert.Equal(DateParseStatus.NoSuchDate, DateParser.Parse(text, null, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("0099-12-31")]
    [InlineData("31.12.0099")]
    [InlineData("9999-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("31.12.9999")]
    public void Reports_real_dates_outside_the_supported_range(string text)
    {
        Assert.Equal(DateParseStatus.OutOfRange, DateParser.Parse(text, null, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("0100-01-01", 100, 1, 1)]
    [InlineData("01.01.0100", 100, 1, 1)]
    [InlineData("1899-12-30", 1899, 12, 30)]
    [InlineData("9998-12-31", 9998, 12, 31)]
    [InlineData("9998/12/31", 9998, 12, 31)]
    public void Reads_the_first_and_last_supported_dates(string text, int year, int month, int day)
    {
        Assert.Equal(DateParseStatus.Date, DateParser.Parse(text, null, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void A_custom_format_outside_the_supported_range_is_out_of_range_too() =>
        Assert.Equal(DateParseStatus.OutOfRange, DateParser.Parse("12/31/9999", "MM/dd/yyyy", out _));

    [Theory]
    [InlineData("")]
    [InlineData("01/05/2026")]
    [InlineData("2026-1-5")]
    [InlineData("20260105")]
    [InlineData("Jan 5 2026")]
    [InlineData("2026-01-05T13")]
    [InlineData("2026-01-05 13:45")]
    [InlineData("2026-01-05T13:45+2")]
    [InlineData("2026-01-05T13:45:3")]
    [InlineData("2026-01-05T13:45:30.123")]
    [InlineData("5.1.2026")]
    [InlineData("2026-01-05x")]
    [InlineData("２０２６-01-05")]
    [InlineData("2026.01.05")]
    public void Rejects_other_formats(string text)
    {
        Assert.Equal(DateParseStatus.NotADate, DateParser.Parse(text, null, out _));
    }

    [Fact]
    public void Reads_the_custom_format()
    {
        Assert.True(DateParser.TryParse("01/31/2026", "MM/dd/yyyy", out var date));
        Assert.Equal(new DateOnly(2026, 1, 31), date);
    }

    [Fact]
    public void Tries_the_custom_format_before_the_built_in_ones()
    {
        Assert.True(DateParser.TryParse("2026-05-01", "yyyy-dd-MM", out var date));
        Assert.Equal(new DateOnly(2026, 1, 5), date);
    }

    [Fact]
    public void Still_reads_the_built_in_formats_when_a_custom_format_is_set()
    {
        Assert.True(DateParser.TryParse("2026-01-05", "MM/dd/yyyy", out var date));
        Assert.Equal(new DateOnly(2026, 1, 5), date);
    }

    [Fact]
    public void Keeps_the_written_date_of_a_custom_format_with_an_offset()
    {
        Assert.True(DateParser.TryParse("2026-01-05 23:30 -05:00", "yyyy-MM-dd HH:mm zzz", out var date));
        Assert.Equal(new DateOnly(2026, 1, 5), date);
    }

    [Fact]
    public void Reads_a_month_only_custom_format_as_the_first_of_the_month()
    {
        Assert.True(DateParser.TryParse("03/2026", "MM/yyyy", out var date));
        Assert.Equal(new DateOnly(2026, 3, 1), date);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("\\")]
    [InlineData("yyyy-MM-dd'")]
    public void Treats_an_unusable_custom_format_as_matching_nothing(string format)
    {
        Assert.Equal(DateParseStatus.NotADate, DateParser.Parse("x", format, out _));
        Assert.True(DateParser.TryParse("2026-01-05", format, out _));
    }

    [Fact]
    public void A_custom_month_first_format_never_falls_back_to_day_first()
    {
        // Under MM.dd.yyyy, 13.01.2026 is not a date; reading it as 13 January would silently swap day and month.
        Assert.Equal(DateParseStatus.NotADate, DateParser.Parse("13.01.2026", "MM.dd.yyyy", out _));
        Assert.True(DateParser.TryParse("01.13.2026", "MM.dd.yyyy", out var date));
        Assert.Equal(new DateOnly(2026, 1, 13), date);
        Assert.True(DateParser.TryParse("13.01.2026", null, out var dayFirst));
        Assert.Equal(new DateOnly(2026, 1, 13), dayFirst);
    }
}
