using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class FiguresTests
{
    [Fact]
    public void Five_sixths_is_always_twelve_significant_digits()
    {
        Assert.Equal(0.833333333333, Figures.Round(5.0 / 6));
        Assert.Equal("0.833333333333", Figures.Round(5.0 / 6).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_noise_of_a_sum_or_a_difference_is_gone()
    {
        Assert.NotEqual(0.3, 0.1 + 0.2); // 0.30000000000000004
        Assert.Equal(0.3, Figures.Round(0.1 + 0.2));
        Assert.NotEqual(0.7, 74.6 - 73.9); // 0.6999999999999886
        Assert.Equal(0.7, Figures.Difference(74.6, 73.9));
        Assert.Equal(-0.7, Figures.Difference(73.9, 74.6));
    }

    [Theory]
    [InlineData(123456789012345.0, 123456789012000.0)] // large values keep 12 digits, not 12 decimals
    [InlineData(0.000123456789012345, 0.000123456789012)]
    [InlineData(2.5, 2.5)]
    [InlineData(1e-320, 1e-320)] // a subnormal keeps what it has
    [InlineData(double.MaxValue, 1.79769313486e308)] // stays finite
    [InlineData(-double.MaxValue, -1.79769313486e308)]
    [InlineData(0.9999999999999, 1)] // rounds to 1, never above
    public void Rounds_to_significant_digits_at_every_magnitude(double value, double expected) =>
        Assert.Equal(expected, Figures.Round(value));

    [Fact]
    public void Negative_zero_becomes_zero()
    {
        Assert.False(double.IsNegative(Figures.Round(-0.0)));
        Assert.False(double.IsNegative(Figures.Round(-1e-400)));
    }

    [Fact]
    public void A_difference_beyond_the_range_of_double_is_absent_not_infinite() =>
        Assert.Null(Figures.Difference(1e308, -1e308));

    [Fact]
    public void Scores_means_and_expected_progress_are_rounded_where_they_are_made()
    {
        Assert.Equal(0.333333333333, Scoring.Metric(100, 130, 110)); // 10 / 30
        Assert.Equal(0.833333333333, Scoring.WeightedMean([(1, 1), (1, 1), (0.5, 1)])); // 2.5 / 3
        Assert.Equal(0.510869565217, ExpectedProgress.At(Period.Parse("2026-Q4"), new DateOnly(2026, 11, 16))); // 47 / 92
    }

    [Fact]
    public void Statuses_are_decided_on_the_rounded_progress()
    {
        // 0.35 / 0.5 (half of Q3 elapsed) is 0.7 on paper; 0.7000000000000001 or 0.6999999999999999 in binary is 0.7 rounded.
        var q3 = Period.Parse("2026-Q3");
        Assert.Equal(Status.OnTrack, StatusRule.Of(0.35, q3, new DateOnly(2026, 8, 15), ScoringOptions.Default));
        Assert.Equal(Status.OnTrack, StatusRule.Of(0.6999999999999, q3, new DateOnly(2026, 10, 1), ScoringOptions.Default));
        Assert.Equal(Status.AtRisk, StatusRule.Of(0.69999999999, q3, new DateOnly(2026, 10, 1), ScoringOptions.Default));
    }

    private static double ByText(double value) =>
        double.Parse(value.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) + 0.0;

    [Fact]
    public void The_fast_path_gives_exactly_what_formatting_to_twelve_digits_gives_at_every_magnitude()
    {
        // Random mantissas at every exponent (the fast path covers 1e-11 … 1e12, the text path the rest), plus values
        // a hair off a half in the 13th digit, where a scaled product could round the wrong way.
        var random = new Random(20261201);
        for (var i = 0; i < 200_000; i++)
        {
            var value = (random.NextDouble() + 0.1) * Math.Pow(10, random.Next(-20, 20)) * (random.Next(2) == 0 ? 1 : -1);
            Assert.Equal(ByText(value), Figures.Round(value));
        }

        foreach (var near in new[] { 0.12345678901250001, 0.1234567890125, 0.12345678901249999, 1.0000000000005, 999999999999.5, 0.99999999999950001, 5e-12, 123456789012.5 })
        {
            Assert.Equal(ByText(near), Figures.Round(near));
            Assert.Equal(ByText(Math.BitIncrement(near)), Figures.Round(Math.BitIncrement(near)));
            Assert.Equal(ByText(Math.BitDecrement(near)), Figures.Round(Math.BitDecrement(near)));
        }
    }
}
