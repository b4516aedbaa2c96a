using System.Globalization;

namespace OkrSite.Core.Compute;

/// <summary>
/// The one rounding rule of every computed figure: 12 significant digits, applied where the figure is produced.
/// A division such as 5 / 6 or a difference such as 74.6 − 73.9 (0.6999999999999886 in binary) carries noise in its
/// last digits; rounded, it is 0.833333333333 and 0.7 everywhere (statuses, pages, report.json). Values read from the
/// input are never rounded. 12 digits keep every figure a page or a status can tell apart and drop the last three to
/// four digits of a double's 15–17, where the noise of a few operations lives.
/// </summary>
public static class Figures
{
    public const int SignificantDigits = 12;

    /// <summary><paramref name="value"/> to <see cref="SignificantDigits"/> significant digits (the nearest double to that decimal); −0 becomes 0.</summary>
    public static double Round(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value == 0 ? 0 : value;
        }

        // Formatting is exact in .NET (IEEE-correct rounding of the binary value), and parsing gives the nearest
        // double to the decimal: no Math.Round(value, decimals), which is limited to 15 decimals and to small values.
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, "G12", CultureInfo.InvariantCulture);
        return double.Parse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Rounds a figure that may be absent.</summary>
    public static double? Round(double? value) => value is { } v ? Round(v) : null;

    /// <summary>The difference <paramref name="a"/> − <paramref name="b"/>, rounded; null when it is beyond the range of double (1e308 − −1e308).</summary>
    public static double? Difference(double a, double b)
    {
        var difference = a - b;
        return double.IsFinite(difference) ? Round(difference) : null;
    }
}
