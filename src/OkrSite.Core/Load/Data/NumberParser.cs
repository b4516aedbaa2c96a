using System.Globalization;

namespace OkrSite.Core.Load.Data;

/// <summary>What a CSV cell holds once read as a number.</summary>
internal enum NumberParseStatus
{
    Number,

    /// <summary>Empty or a missing marker (-, n/a, #N/A, null): no value, and no problem either.</summary>
    Missing,

    NotANumber,

    /// <summary>Looks like a number but is beyond the range of double (1e400), which would poison every average.</summary>
    OutOfRange,

    /// <summary>Looks like a number but is nearer to 0 than the smallest double (1e-400), so it would silently read as 0.</summary>
    TooSmall,
}

/// <summary>
/// Reads numbers the way spreadsheets and BI tools export them: thousands separators, currency symbols or codes,
/// a trailing %, accounting parentheses, the Unicode minus. Everything is culture-invariant; only the decimal
/// separator varies, and the caller decides it per file. Works on spans so a large file costs no allocations.
/// </summary>
internal static class NumberParser
{
    // Longer cells are not numbers anyone typed or exported; the cap keeps the normalising copy on the stack.
    private const int MaxLength = 128;

    public static bool TryParse(string text, char decimalSeparator, out double value) =>
        Parse(text.AsSpan(), decimalSeparator, out value) == NumberParseStatus.Number;

    /// <summary>Whether the cell means "no value": empty, '-', 'n/a', '#N/A' or 'null', in any case, trimmed.</summary>
    public static bool IsMissing(ReadOnlySpan<char> text) => IsMissingTrimmed(text.Trim());

    public static NumberParseStatus Parse(ReadOnlySpan<char> text, char decimalSeparator, out double value)
    {
        value = 0;
        var s = text.Trim();
        if (IsMissingTrimmed(s))
        {
            return NumberParseStatus.Missing;
        }

        if (s.Length > MaxLength)
        {
            return NumberParseStatus.NotANumber;
        }

        // Exports wrap the digits in any order: "-$5", "$-5", "($1,200.00)", "(5 %)", "USD -5". Each wrapper may
        // appear once; peel them until none is left.
        bool percent = false, parentheses = false, currency = false, sign = false, negative = false;
        for (var peeled = true; peeled;)
        {
            peeled = false;
            if (!percent && StripPercent(ref s))
            {
                percent = peeled = true;
            }

            if (!parentheses && s.Length >= 2 && s[0] == '(' && s[^1] == ')')
            {
                if (negative)
                {
                    return NumberParseStatus.NotANumber;
                }

                parentheses = negative = peeled = true;
                s = s[1..^1].Trim();
            }

            if (!currency && StripCurrency(ref s))
            {
                currency = peeled = true;
            }

            if (!sign && !s.IsEmpty && s[0] is '-' or '+' or '\u2212')
            {
                if (s[0] != '+')
                {
                    if (negative)
                    {
                        // "(-5)" has two minus signs; guessing which one was meant would hide a broken export.
                        return NumberParseStatus.NotANumber;
                    }

                    negative = true;
                }

                sign = peeled = true;
                s = s[1..].TrimStart();
            }
        }

        Span<char> normalized = stackalloc char[MaxLength + 1];
        var length = 0;
        if (negative)
        {
            normalized[length++] = '-';
        }

        if (!Normalize(s, decimalSeparator, normalized, ref length)
            || !double.TryParse(normalized[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = 0;
            return NumberParseStatus.NotANumber;
        }

        if (!double.IsFinite(value))
        {
            // .NET parses 1e400 as infinity without complaint; an infinite KPI value is never what the export meant.
            value = 0;
            return NumberParseStatus.OutOfRange;
        }

        if (RoundedToZero(normalized[..length], value))
        {
            // And 1e-400 as 0: a value that is not zero must not read as one.
            return NumberParseStatus.TooSmall;
        }

        if (value == 0)
        {
            // "-0" would otherwise be shown as "-0" on the site.
            value = 0;
        }

        return NumberParseStatus.Number;
    }

    /// <summary>
    /// Whether <paramref name="value"/>, parsed from <paramref name="number"/>, is 0 only because the number is nearer to
    /// 0 than the smallest double (5e-324): its digits before the exponent are not all zeros.
    /// </summary>
    internal static bool RoundedToZero(ReadOnlySpan<char> number, double value)
    {
        if (value != 0)
        {
            return false;
        }

        var exponent = number.IndexOfAny('e', 'E');
        var mantissa = exponent < 0 ? number : number[..exponent];
        return mantissa.IndexOfAnyInRange('1', '9') >= 0;
    }

    private static bool IsMissingTrimmed(ReadOnlySpan<char> s) =>
        s.IsEmpty
        || s is "-"
        || s.Equals("n/a", StringComparison.OrdinalIgnoreCase)
        || s.Equals("#N/A", StringComparison.OrdinalIgnoreCase)
        || s.Equals("null", StringComparison.OrdinalIgnoreCase);

    private static bool StripPercent(ref ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s[^1] != '%')
        {
            return false;
        }

        s = s[..^1].TrimEnd();
        return true;
    }

    /// <summary>Drops one currency symbol ($, €, £, ¥, ...) or a 3-letter code set off by a space (USD 1,200; 1.200 EUR).</summary>
    private static bool StripCurrency(ref ReadOnlySpan<char> s)
    {
        if (s.Length < 2)
        {
            return false;
        }

        if (IsCurrencySymbol(s[0]))
        {
            s = s[1..].TrimStart();
            return true;
        }

        if (IsCurrencySymbol(s[^1]))
        {
            s = s[..^1].TrimEnd();
            return true;
        }

        // Codes need the space and upper case, so that a typo such as "12abc" stays an error instead of a silent 12.
        if (s.Length > 4 && IsCurrencyCode(s[..3]) && char.IsWhiteSpace(s[3]))
        {
            s = s[4..].TrimStart();
            return true;
        }

        if (s.Length > 4 && IsCurrencyCode(s[^3..]) && char.IsWhiteSpace(s[^4]))
        {
            s = s[..^4].TrimEnd();
            return true;
        }

        return false;
    }

    private static bool IsCurrencySymbol(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;

    private static bool IsCurrencyCode(ReadOnlySpan<char> s) =>
        char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiLetterUpper(s[2]);

    /// <summary>
    /// Copies the digits as invariant text ("1.200,50" with ',' → "1200.50"). Thousands separators must sit between
    /// groups of three digits, so "1.2.3" or "1,5" in a '.'-decimal file are rejected rather than read as 123 or 15.
    /// </summary>
    private static bool Normalize(ReadOnlySpan<char> s, char decimalSeparator, Span<char> output, ref int length)
    {
        var i = 0;
        var digits = false;
        var groupLength = 0;
        var groupSeparator = '\0';
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                output[length++] = c;
                groupLength++;
                digits = true;
            }
            else if (c == decimalSeparator || c is 'e' or 'E')
            {
                break;
            }
            else if (IsThousandsSeparator(c, decimalSeparator))
            {
                if (groupLength == 0 || (groupSeparator == '\0' ? groupLength > 3 : c != groupSeparator || groupLength != 3))
                {
                    return false;
                }

                groupSeparator = c;
                groupLength = 0;
            }
            else
            {
                return false;
            }
        }

        if (groupSeparator != '\0' && groupLength != 3)
        {
            return false;
        }

        if (i < s.Length && s[i] == decimalSeparator)
        {
            output[length++] = '.';
            for (i++; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                output[length++] = s[i];
                digits = true;
            }
        }

        if (!digits)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            output[length++] = 'e';
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                output[length++] = s[i++];
            }

            var exponentStart = i;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                output[length++] = s[i];
            }

            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static bool IsThousandsSeparator(char c, char decimalSeparator) => c switch
    {
        ',' or '.' => c != decimalSeparator,
        ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '\u2019' => true,
        _ => false,
    };
}
