using OkrSite.Core.Load.CheckIns;

namespace OkrSite.Tests.Load.CheckIns;

public class ConfidenceScaleTests
{
    [Theory]
    [InlineData("6", 6)]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData("6.5", 6.5)]
    [InlineData(" 7 ", 7)]
    [InlineData("5/10", 5)]
    [InlineData("7.5 / 10", 7.5)]
    [InlineData("low", 3)]
    [InlineData("Medium", 5)]
    [InlineData("HIGH", 8)]
    public void Reads_numbers_tenths_and_words(string text, double expected)
    {
        Assert.Equal(expected, ConfidenceScale.Parse(text, '.', out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_csv_with_a_decimal_comma_writes_six_and_a_half_as_6_5_with_a_comma()
    {
        Assert.Equal(6.5, ConfidenceScale.Parse("6,5", ',', out _));
        Assert.Null(ConfidenceScale.Parse("6,5", '.', out var problem));
        Assert.Contains("not a confidence", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11", "outside the confidence scale 0 to 10")]
    [InlineData("-1", "outside the confidence scale 0 to 10")]
    [InlineData("3/5", "not on the 0–10 scale")]
    [InlineData("60%", "write 6 for 60%")]
    [InlineData("meduim", "did you mean 'medium'?")]
    [InlineData("sure", "not a confidence")]
    [InlineData("", "not a confidence")]
    public void Anything_else_is_a_problem_never_a_default(string text, string message)
    {
        Assert.Null(ConfidenceScale.Parse(text, '.', out var problem));
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }
}
