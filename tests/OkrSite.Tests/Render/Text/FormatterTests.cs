using OkrSite.Core.Render.Text;

namespace OkrSite.Tests.Render.Text;

public class FormatterTests
{
    private static readonly Formatter En = Formatter.English;
    private static readonly Formatter De = Formatter.German;

    [Theory]
    [InlineData(1234.5, "1,234.5", "1.234,5")]
    [InlineData(13100, "13,100", "13.100")]
    [InlineData(0.456, "0.46", "0,46")]
    [InlineData(-5.25, "−5.25", "−5,25")]
    [InlineData(-0.001, "0", "0")]
    [InlineData(1234567.891, "1,234,567.89", "1.234.567,89")]
    public void Numbers_are_grouped_with_at_most_two_decimals(double value, string english, string german)
    {
        Assert.Equal(english, En.Number(value));
        Assert.Equal(german, De.Number(value));
    }

    [Fact]
    public void Percentages_follow_each_language_s_typography()
    {
        Assert.Equal("74.6%", En.WithUnit(74.6, "%"));
        Assert.Equal("74,6\u00A0%", De.WithUnit(74.6, "%"));
        Assert.Equal("74.6%", En.Share(0.746));
        Assert.Equal("74,6\u00A0%", De.Share(0.746));
    }

    [Fact]
    public void Other_units_follow_the_number_after_a_space()
    {
        Assert.Equal("13,100 visits", En.WithUnit(13100, "visits"));
        Assert.Equal("13.100 visits", De.WithUnit(13100, "visits"));
        Assert.Equal("4.5", En.WithUnit(4.5, null));
    }

    [Theory]
    [InlineData(1.2, "%", "+1.2%", "+1,2\u00A0%")]
    [InlineData(-0.5, "h", "−0.5 h", "−0,5 h")]
    [InlineData(0, null, "0", "0")]
    [InlineData(0.0001, null, "0", "0")]
    public void Changes_carry_a_sign_when_they_show_one(double value, string? unit, string english, string german)
    {
        Assert.Equal(english, En.Change(value, unit));
        Assert.Equal(german, De.Change(value, unit));
    }

    [Fact]
    public void Scores_have_two_decimals()
    {
        Assert.Equal("0.43", En.Score(0.43));
        Assert.Equal("0,43", De.Score(0.43));
        Assert.Equal("1.00", En.Score(1));
    }

    [Fact]
    public void Bars_get_a_whole_clamped_percentage()
    {
        Assert.Equal(43, De.Percent(0.425));
        Assert.Equal(100, En.Percent(1.7));
        Assert.Equal(0, En.Percent(null));
    }

    [Fact]
    public void Dates_read_as_each_language_writes_them()
    {
        var date = new DateOnly(2026, 11, 16);
        Assert.Equal("16 Nov 2026", En.Date(date));
        Assert.Equal("16. Nov. 2026", De.Date(date));
        Assert.Equal("16 Nov", En.ShortDate(date));
        Assert.Equal("16. Nov.", De.ShortDate(date));
        Assert.Equal("Nov 2026", En.MonthYear(date));
        Assert.Equal("Nov. 2026", De.MonthYear(date));
        Assert.Equal("2026-11-16", De.IsoDate(date));
        Assert.Equal("1. März 2026", De.Date(new DateOnly(2026, 3, 1)));
        Assert.Equal("Mär", De.Month(new DateOnly(2026, 3, 1)));
        Assert.Equal("Mar", En.Month(new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void Nothing_reads_as_a_dash()
    {
        Assert.Equal("—", De.Number(null));
        Assert.Equal("—", En.WithUnit(null, "%"));
        Assert.Equal("—", En.Change(null, "%"));
        Assert.Equal("—", De.Score(null));
        Assert.Equal("—", De.Date(null));
        Assert.Equal("—", De.Share(null));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("DE_ch", "de")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void A_language_tag_picks_its_primary_language_s_conventions(string? language, string expected) =>
        Assert.Equal(expected, Formatter.For(language).Language);
}
