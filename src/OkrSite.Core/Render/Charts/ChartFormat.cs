using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// How a chart writes its numbers, dates and words: the site's <see cref="Formatter"/> and interface text (the
/// "# charts" section of themes/default/i18n/&lt;lang&gt;.yaml), so the axis, the labels, the alt text, the legend and
/// the pages agree ("74.6%" everywhere, "16. Nov." in German). Values of 1e15 and more are written in exponent
/// notation: 1.7e308 written out is 309 digits, wider than the chart.
/// </summary>
internal sealed class ChartFormat
{
    private readonly UiText _text;
    private readonly Formatter _format;

    private ChartFormat(UiText text)
    {
        _text = text;
        _format = text.Format;

        // The SVG holds the chart texts: a site that changes one of them must not get a cached chart with the old one.
        using var hash = new ContentHash("chart-text");
        hash.Add(text.Language).Add(_format.Language);
        foreach (var key in text.Keys.Where(k => k.StartsWith("charts.", StringComparison.Ordinal)))
        {
            hash.Add(key).Add(text.Get(key, "{0}", "{1}", "{2}", "{3}", "{4}"));
        }

        Key = _format.Language + "-" + hash.Finish()[..16];
    }

    /// <summary>The tool's English.</summary>
    public static ChartFormat English { get; } = new(UiText.English);

    /// <summary>What changes the bytes of a chart with the same data: part of the cache key.</summary>
    public string Key { get; }

    public static ChartFormat For(UiText? text) => text is null || ReferenceEquals(text, UiText.English) ? English : new(text);

    /// <summary>An interface text by its key.</summary>
    public string Text(string key, params object?[] args) => _text.Get(key, args);

    /// <summary>A value with its unit: "74.6%", "58 clients", "1.8E+308".</summary>
    public string Value(double value, string? unit)
    {
        if (!IsLarge(value))
        {
            return _format.WithUnit(value, unit);
        }

        // The unit as the formatter attaches it ("%" or " %" or " clients"), after the exponent notation.
        var unitPart = _format.WithUnit(1, unit)[_format.Number(1).Length..];
        return value.ToString("0.##E+0", _format.Culture) + unitPart;
    }

    /// <summary>A value axis tick: as many decimals as the tick spacing needs (up to 6).</summary>
    public string Tick(double value) => IsLarge(value)
        ? value.ToString("0.######E+0", _format.Culture)
        : (Math.Round(value, 6, MidpointRounding.AwayFromZero) + 0.0).ToString("#,##0.######", _format.Culture);

    /// <summary>A full date for sentences: "31 Oct 2026".</summary>
    public string Date(DateOnly date) => _format.Date(date);

    /// <summary>A date on the axis or a label: "31 Oct".</summary>
    public string ShortDate(DateOnly date) => _format.ShortDate(date);

    /// <summary>A month on the axis: "Oct".</summary>
    public string Month(DateOnly date) => _format.Month(date);

    /// <summary>A year on the axis: "2027".</summary>
    public string Year(DateOnly date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsLarge(double value) => Math.Abs(value) >= ValueRange.LargeMagnitude;
}
