using System.Globalization;

namespace OkrSite.Core.Compute;

/// <summary>
/// The one rounding rule of every computed figure: 12 significant digits, applied where the figure is produced.
/// A division such as 5 / 6 or a difference such as 74.6 − 73.9 (0.6999999999999886 in binary) carries noise in its
/// last digits; rounded, it is 0.833333333333 and 0.7 everywhere (statuses, pages, report.json). Values read from the
/// input are never rounded. 12 digits keep every figure a page or a status can tell apart and drop the last three to
/// four digits of a double's 15–17, where the noise of a few operations lives.
/// </summary>
internal static class Figures
{
    public const int SignificantDigits = 12;

    /// <summary><paramref name="value"/> to <see cref="SignificantDigits"/> significant digits (the nearest double to that decimal); −0 becomes 0.</summary>
    public static double Round(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value == 0 ? 0 : value;
        }

        return TryRoundByScaling(value, out var rounded) ? rounded : RoundByText(value);
    }

    /// <summary>
    /// The fast way, exact where it answers: |value| × 10^k (an exact power of ten, k ≤ 22) lies in [1e11, 1e12) within
    /// a quarter of a thousandth of the exact product, so unless that product is near a half its nearest integer is the
    /// 12-digit mantissa; integer ÷ 10^k is then one correctly rounded division, the nearest double to the decimal.
    /// Near a half, or for values outside 1e-11 … 1e12, it leaves the answer to <see cref="RoundByText"/>.
    /// </summary>
    private static bool TryRoundByScaling(double value, out double rounded)
    {
        rounded = 0;
        var magnitude = Math.Abs(value);
        var k = SignificantDigits - 1 - (int)Math.Floor(Math.Log10(magnitude));
        if (k is < 0 or > 22)
        {
            return false;
        }

        var scaled = magnitude * Powers[k];
        if (scaled < 1e11 && k < 22)
        {
            scaled = magnitude * Powers[++k];
        }
        else if (scaled >= 1e12 && k > 0)
        {
            scaled = magnitude * Powers[--k];
        }

        var fraction = scaled - Math.Floor(scaled);
        if (scaled is < 1e11 or >= 1e12 || Math.Abs(fraction - 0.5) < 1e-3)
        {
            return false;
        }

        rounded = Math.Round(scaled) / Powers[k] * Math.Sign(value);
        return true;
    }

    /// <summary>
    /// The exact way: .NET formats a double exactly (IEEE-correct rounding of its binary value) and parses to the
    /// nearest double, at every magnitude.
    /// </summary>
    private static double RoundByText(double value)
    {
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, "G12", CultureInfo.InvariantCulture);
        return double.Parse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static readonly double[] Powers = [.. Enumerable.Range(0, 23).Select(i => double.Parse("1e" + i.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))];

    /// <summary>Rounds a figure that may be absent.</summary>
    public static double? Round(double? value) => value is { } v ? Round(v) : null;

    /// <summary>The difference <paramref name="a"/> − <paramref name="b"/>, rounded; null when it is beyond the range of double (1e308 − −1e308).</summary>
    public static double? Difference(double a, double b)
    {
        var difference = a - b;
        return double.IsFinite(difference) ? Round(difference) : null;
    }
}
