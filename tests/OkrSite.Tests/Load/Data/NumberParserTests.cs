using OkrSite.Core.Load.Data;

namespace OkrSite.Tests.Load.Data;

public class NumberParserTests
{
    [Theory]
    [InlineData("42", '.', 42)]
    [InlineData("  7  ", '.', 7)]
    [InlineData("007", '.', 7)]
    [InlineData("3.14", '.', 3.14)]
    [InlineData(".5", '.', 0.5)]
    [InlineData("-5", '.', -5)]
    [InlineData("+5", '.', 5)]
    [InlineData("\u22125", '.', -5)]
    [InlineData("(5)", '.', -5)]
    [InlineData("(1,200.50)", '.', -1200.5)]
    [InlineData("($1,200.00)", '.', -1200)]
    [InlineData("$(5)", '.', -5)]
    [InlineData("75%", '.', 75)]
    [InlineData("75 %", '.', 75)]
    [InlineData("72,6%", ',', 72.6)]
    [InlineData("-2.5%", '.', -2.5)]
    [InlineData("$1,200", '.', 1200)]
    [InlineData("€5", '.', 5)]
    [InlineData("5 €", ',', 5)]
    [InlineData("1.234,56 €", ',', 1234.56)]
    [InlineData("£3.50", '.', 3.5)]
    [InlineData("¥100", '.', 100)]
    [InlineData("USD 1,200", '.', 1200)]
    [InlineData("1.200 EUR", ',', 1200)]
    [InlineData("CHF 1'250.50", '.', 1250.5)]
    [InlineData("-$5", '.', -5)]
    [InlineData("$-5", '.', -5)]
    [InlineData("1e3", '.', 1000)]
    [InlineData("1.5E-3", '.', 0.0015)]
    [InlineData("2,5e2", ',', 250)]
    [InlineData("1 200", '.', 1200)]
    [InlineData("1\u00A0200,5", ',', 1200.5)]
    [InlineData("1\u202F234\u202F567", '.', 1234567)]
    [InlineData("1'200", '.', 1200)]
    [InlineData("1\u2019200", '.', 1200)]
    [InlineData("12.480", ',', 12480)]
    [InlineData("1.200,50", ',', 1200.5)]
    [InlineData("38,5", ',', 38.5)]
    [InlineData("1,234,567.89", '.', 1234567.89)]
    public void Reads_numbers_the_way_spreadsheets_export_them(string text, char decimalSeparator, double expected)
    {
        Assert.Equal(NumberParseStatus.Number, NumberParser.Parse(text, decimalSeparator, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    [InlineData("-")]
    [InlineData(" - ")]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("#N/A")]
    [InlineData("#n/a")]
    [InlineData("null")]
    [InlineData("NULL")]
    [InlineData(" Null ")]
    public void Treats_empty_cells_and_missing_markers_as_no_value(string text)
    {
        Assert.True(NumberParser.IsMissing(text));
        Assert.Equal(NumberParseStatus.Missing, NumberParser.Parse(text, '.', out var value));
        Assert.Equal(0, value);
        Assert.False(NumberParser.TryParse(text, '.', out _));
    }

    [Theory]
    [InlineData("1.2.3", '.')]
    [InlineData("12abc", '.')]
    [InlineData("12ABC", '.')]
    [InlineData("abc", '.')]
    [InlineData("NaN", '.')]
    [InlineData("nan", '.')]
    [InlineData("Infinity", '.')]
    [InlineData("-Infinity", '.')]
    [InlineData("∞", '.')]
    [InlineData("-∞", '.')]
    [InlineData("1,2", '.')]
    [InlineData("1,2345", '.')]
    [InlineData("12,34,567", '.')]
    [InlineData("1.5", ',')]
    [InlineData("1.2,3", ',')]
    [InlineData("1 200.000,5", ',')]
    [InlineData(",200", '.')]
    [InlineData("1,,200", '.')]
    [InlineData("1e", '.')]
    [InlineData("e3", '.')]
    [InlineData("--5", '.')]
    [InlineData("(-5)", '.')]
    [InlineData("(5", '.')]
    [InlineData("5-", '.')]
    [InlineData("%", '.')]
    [InlineData("$", '.')]
    [InlineData("USD", '.')]
    [InlineData("0x10", '.')]
    [InlineData("1 2", '.')]
    [InlineData("1/2", '.')]
    [InlineData("TRUE", '.')]
    [InlineData("#VALUE!", '.')]
    [InlineData("٣", '.')]
    public void Rejects_text_that_is_not_a_number(string text, char decimalSeparator)
    {
        Assert.Equal(NumberParseStatus.NotANumber, NumberParser.Parse(text, decimalSeparator, out var value));
        Assert.Equal(0, value);
        Assert.False(NumberParser.IsMissing(text));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e309")]
    [InlineData("1E+999")]
    public void Rejects_numbers_beyond_the_range_of_double(string text)
    {
        var status = NumberParser.Parse(text, '.', out var value);

        Assert.True(status is NumberParseStatus.OutOfRange or NumberParseStatus.NotANumber, status.ToString());
        Assert.Equal(0, value);
        Assert.True(double.IsFinite(value));
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("-1e-400")]
    [InlineData("2e-324")] // below half of the smallest double: rounds to 0
    [InlineData("0,000001e-320", ',')]
    [InlineData("(1e-330)")]
    public void Rejects_numbers_that_would_round_to_zero(string text, char decimalSeparator = '.')
    {
        Assert.Equal(NumberParseStatus.TooSmall, NumberParser.Parse(text, decimalSeparator, out var value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData("0e-400", 0)]
    [InlineData("0.000e5", 0)]
    [InlineData("-0", 0)]
    [InlineData("5e-324", 5e-324)] // the smallest double there is
    [InlineData("1e-320", 1e-320)] // a subnormal: the nearest double, as for every decimal
    [InlineData("2.2250738585072014E-308", 2.2250738585072014E-308)]
    public void Reads_zero_and_subnormal_numbers(string text, double expected)
    {
        Assert.Equal(NumberParseStatus.Number, NumberParser.Parse(text, '.', out var value));
        Assert.Equal(expected, value);
        Assert.False(double.IsNegative(value));
    }

    [Fact]
    public void Reports_overflow_as_out_of_range_not_as_malformed()
    {
        Assert.Equal(NumberParseStatus.OutOfRange, NumberParser.Parse("1e400", '.', out _));
    }

    [Fact]
    public void Rejects_cells_too_long_to_be_a_typed_number()
    {
        Assert.Equal(NumberParseStatus.NotANumber, NumberParser.Parse(new string('9', 400), '.', out var value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void Reads_negative_zero_as_plain_zero()
    {
        Assert.True(NumberParser.TryParse("-0", '.', out var value));
        Assert.False(double.IsNegative(value));
    }

    [Fact]
    public void TryParse_is_true_only_for_numbers()
    {
        Assert.True(NumberParser.TryParse("1.200,5", ',', out var value));
        Assert.Equal(1200.5, value);
        Assert.False(NumberParser.TryParse("x", '.', out _));
    }
}
