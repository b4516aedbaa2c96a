using System.Globalization;

namespace OkrSite.Core.Render.Text;

/// <summary>
/// The one way numbers, percentages and dates read on the pages, in the site's language (site.json
/// <c>language</c>). The culture data is written out here rather than taken from the operating system: the tool
/// runs with invariant globalization, and an OS's ICU data differs between machines and versions, while the same
/// input must give the same bytes everywhere. report.json is data and never goes through this.
/// </summary>
public sealed class Formatter
{
    public const string None = "—";

    /// <summary>The typographic minus (U+2212): as wide as '+', so signed figures line up in a right-aligned column.</summary>
    public const string Minus = "\u2212";

    private const string NoBreakSpace = "\u00A0";

    private readonly string[] _months;
    private readonly string[] _axisMonths;
    private readonly string _dayMark;
    private readonly string _percentSpace;

    private Formatter(string language, string decimalSeparator, string groupSeparator, string percentSpace, string dayMark, string[] months, string[] axisMonths)
    {
        Language = language;
        _percentSpace = percentSpace;
        _dayMark = dayMark;
        _months = months;
        _axisMonths = axisMonths;
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = decimalSeparator;
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.NegativeSign = Minus;
        Culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        Culture.NumberFormat = numbers;
        Culture = CultureInfo.ReadOnly(Culture);
    }

    /// <summary>English: 1,234.5 · 74.6% · 16 Nov 2026.</summary>
    public static Formatter English { get; } = new(
        "en", ".", ",", string.Empty, string.Empty,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);

    /// <summary>German (Duden): 1.234,5 · 74,6 % · 16. Nov. 2026; axis months without the abbreviation dot.</summary>
    public static Formatter German { get; } = new(
        "de", ",", ".", NoBreakSpace, ".",
        ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
        ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]);

    /// <summary>The languages whose numbers and dates are shipped; any other language formats like English.</summary>
    public static IReadOnlyList<string> Shipped { get; } = ["de", "en"];

    /// <summary>The language whose conventions this formatter writes ("en", "de").</summary>
    public string Language { get; }

    /// <summary>
    /// The number conventions as an <see cref="IFormatProvider"/> (for composite formats of interface text): a
    /// read-only clone of the invariant culture with this language's separators and minus.
    /// </summary>
    public CultureInfo Culture { get; }

    /// <summary>
    /// The formatter for a site.json <c>language</c>: its primary subtag decides ("de-AT" reads like "de"), any
    /// language without shipped conventions reads like English.
    /// </summary>
    public static Formatter For(string? language) => Primary(language) == "de" ? German : English;

    /// <summary>"de" of "de-AT" or "de_CH", lower case; "en" when there is none.</summary>
    public static string Primary(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return "en";
        }

        var end = language.IndexOfAny(['-', '_']);
        return (end < 0 ? language : language[..end]).Trim().ToLowerInvariant();
    }

    /// <summary>"1,234.5" / "1.234,5": grouped, at most two decimals, "—" for none.</summary>
    public string Number(double? value) => value is { } v ? Fixed(v, "#,0.##") : None;

    /// <summary>"74.6%" / "74,6 %" for percentages, "13,100 visits" otherwise, "—" for none.</summary>
    public string WithUnit(double? value, string? unit)
    {
        if (value is null)
        {
            return None;
        }

        var number = Number(value);
        return string.IsNullOrWhiteSpace(unit) ? number : unit == "%" ? number + _percentSpace + "%" : $"{number} {unit}";
    }

    /// <summary>A signed difference: "+1.2%", "−0.5 h", "0" (no sign), "—" when there is none.</summary>
    public string Change(double? value, string? unit)
    {
        var text = WithUnit(value, unit);

        // A rise too small to show reads "0", and "+0" would claim a change the figure does not show.
        return value > 0 && Number(value) != "0" ? "+" + text : text;
    }

    /// <summary>OKR grades read 0.00 to 1.00: "0.43" / "0,43", "—" for none.</summary>
    public string Score(double? score) => score is { } s ? Fixed(s, "0.00") : None;

    /// <summary>A share as a whole percentage for progress bars, 0 to 100 (a number, not text: it sets a width).</summary>
    public int Percent(double? share) =>
        share is { } s ? (int)Math.Round(Math.Clamp(s, 0, 1) * 100, MidpointRounding.AwayFromZero) : 0;

    /// <summary>A share read as text: 0.746 → "74.6%" / "74,6 %" (one decimal at most), "—" for none.</summary>
    public string Share(double? share) => share is { } s ? WithUnit(Math.Round(s * 100, 1, MidpointRounding.AwayFromZero), "%") : None;

    /// <summary>"16 Nov 2026" / "16. Nov. 2026", "—" for none.</summary>
    public string Date(DateOnly? date) =>
        date is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Day}{_dayMark} {_months[d.Month - 1]} {d.Year}") : None;

    /// <summary>"16 Nov" / "16. Nov.": a date within the period the page is about.</summary>
    public string ShortDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}{_dayMark} {_months[date.Month - 1]}");

    /// <summary>"Nov": a month on a chart's axis (no abbreviation dot, all of one width).</summary>
    public string Month(DateOnly date) => _axisMonths[date.Month - 1];

    /// <summary>"Nov 2026" / "Nov. 2026".</summary>
    public string MonthYear(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{_months[date.Month - 1]} {date.Year}");

    /// <summary>"2026-11-16" in every language: for datetime attributes and machine-readable places.</summary>
    public string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A count or any other number as interface text reads it ("1,234").</summary>
    public string Count(long value) => value.ToString("#,0", Culture);

    private string Fixed(double value, string pattern)
    {
        var text = value.ToString(pattern, Culture);

        // -0.001 rounds to "-0": a sign on nothing reads as a change that is not there.
        return text.StartsWith(Minus, StringComparison.Ordinal) && text.AsSpan(Minus.Length).Trim("0.,").IsEmpty ? text[Minus.Length..] : text;
    }
}
