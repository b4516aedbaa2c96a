using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>How the pages say where a figure came from, so that a reader can answer "why 0.63?" without asking.</summary>
internal static class OriginText
{
    /// <summary>"from content/data/x.csv line 14", "from baseline: in content/okrs/x.md line 12"; empty when there is nothing to point at.</summary>
    public static string Of(ValueOrigin origin) => Of(origin, UiText.English);

    /// <inheritdoc cref="Of(ValueOrigin)"/>
    public static string Of(ValueOrigin origin, UiText text)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(text);
        if (origin.At.IsNone || origin.Kind == OriginKind.None)
        {
            return string.Empty;
        }

        var where = origin.At.Line > 0 ? text.Get("common.source-line", origin.At.File, LineNumber(origin)) : origin.At.File;
        return origin.Kind == OriginKind.Csv || origin.Field is null ? text.Get("common.source-from", where) : text.Get("common.source-field", origin.Field, where);
    }

    /// <summary>
    /// The short form a table cell shows, with <see cref="Of(ValueOrigin)"/> as its tooltip: the file name without its
    /// folders ("ops.csv, line 3", "baseline: reliable.md, line 6"), so a footnote does not widen its column past the page.
    /// </summary>
    public static string Label(ValueOrigin origin) => Label(origin, UiText.English);

    /// <inheritdoc cref="Label(ValueOrigin)"/>
    public static string Label(ValueOrigin origin, UiText text)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(text);
        if (origin.At.IsNone || origin.Kind == OriginKind.None)
        {
            return string.Empty;
        }

        var name = origin.At.File[(origin.At.File.LastIndexOf('/') + 1)..];
        var where = origin.At.Line > 0 ? text.Get("common.source-label-line", name, LineNumber(origin)) : name;
        return origin.Kind == OriginKind.Csv || origin.Field is null ? where : text.Get("common.source-label-field", origin.Field, where);
    }

    /// <summary>A metric key result without a current value has nothing to show yet; a milestone always has its state.</summary>
    public static bool HasValue(KeyResult kr)
    {
        ArgumentNullException.ThrowIfNull(kr);
        return kr.Type != KeyResultType.Metric || kr.Current is not null;
    }

    // A line number is a name for a place, not a quantity: never grouped ("line 1234", not "line 1,234").
    private static string LineNumber(ValueOrigin origin) => origin.At.Line.ToString(CultureInfo.InvariantCulture);
}
