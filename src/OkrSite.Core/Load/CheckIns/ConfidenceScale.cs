using System.Globalization;
using OkrSite.Core.Load.Data;

namespace OkrSite.Core.Load.CheckIns;

/// <summary>
/// The one reading of a confidence, for front matter and CSV alike: a number from 0 to 10 (decimals allowed), the
/// common "n/10" form, or a word. The words map to the scale so that they mean on the 0–10 scale what a team means
/// by them: low is 3, exactly the default line at which an on-track key result becomes at risk ("we do not think we
/// will make it"); medium is 5, the customary start-of-quarter "5/10" (as likely as not); high is 8, above the 7
/// that a calibrated first check-in should not exceed. Anything else is a problem, never a default.
/// </summary>
internal static class ConfidenceScale
{
    public const double Max = 10;

    public static IReadOnlyList<(string Word, double Value)> Words { get; } = [("low", 3), ("medium", 5), ("high", 8)];

    /// <summary>The confidence on the 0–10 scale, or null with the reason (a sentence that starts with the value) in <paramref name="problem"/>.</summary>
    /// <param name="decimalSeparator">'.' in front matter; the file's separator in a CSV.</param>
    public static double? Parse(string text, char decimalSeparator, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        foreach (var (word, value) in Words)
        {
            if (string.Equals(trimmed, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var number = slash < 0 ? trimmed : trimmed[..slash].Trim();
        if (slash >= 0)
        {
            var scale = trimmed[(slash + 1)..].Trim();
            if (scale != "10")
            {
                problem = $"'{text}' is not on the 0–10 scale: write it out of 10, such as 6/10, or as a number from 0 to 10";
                return null;
            }
        }

        if (number.EndsWith('%'))
        {
            problem = $"'{text}' is a percentage: confidence is 0 to 10, so write {Tenth(number.TrimEnd('%'), decimalSeparator)} for {text}";
            return null;
        }

        if (NumberParser.Parse(number, decimalSeparator, out var parsed) != NumberParseStatus.Number)
        {
            problem = $"'{text}' is not a confidence: write a number from 0 to 10 (decimals with '{decimalSeparator}'), n/10 such as 6/10, or low (3), medium (5) or high (8){Suggest.DidYouMean(trimmed, Words.Select(w => w.Word))}";
            return null;
        }

        if (parsed is < 0 or > Max)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"'{text}' is outside the confidence scale 0 to 10");
            return null;
        }

        return parsed;
    }

    private static string Tenth(string percent, char decimalSeparator) =>
        NumberParser.Parse(percent, decimalSeparator, out var value) == NumberParseStatus.Number && value is >= 0 and <= 100
            ? (value / 10).ToString(CultureInfo.InvariantCulture)
            : "a number from 0 to 10";
}
