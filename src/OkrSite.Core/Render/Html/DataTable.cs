using System.Text;
using System.Text.Encodings.Web;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// The table of values behind a chart, as HTML made once in code: a site has hundreds of thousands of such rows, and
/// producing them cell by cell in a template was most of the page stage's cost. Every cell is HTML-escaped here;
/// the rows stay available to templates as <c>chart.rows</c> for a theme that wants its own markup. A data table
/// like every other (class "data stack", each cell labelled with its column for the stacked phone layout).
/// </summary>
internal static class DataTable
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The table in the tool's English.</summary>
    public static RawHtml Html(IReadOnlyList<DataPoint> points, string? unit) => Html(points, unit, UiText.English);

    /// <summary>The table with the headers of <paramref name="text"/> and its formatter's numbers and dates ("31 Oct 2026", "75.8%").</summary>
    public static RawHtml Html(IReadOnlyList<DataPoint> points, string? unit, UiText text)
    {
        var format = text.Format;
        string date = Encoder.Encode(text.Get("charts.table.date")), value = Encoder.Encode(text.Get("charts.table.value")), note = Encoder.Encode(text.Get("charts.table.note"));
        var html = new StringBuilder(256 + (points.Count * 120));
        html.Append("<div class=\"table-wrap\"><table class=\"data stack\">\n      <thead><tr><th scope=\"col\">").Append(date)
            .Append("</th><th scope=\"col\" class=\"num\">").Append(value)
            .Append("</th><th scope=\"col\">").Append(note).Append("</th></tr></thead>\n      <tbody>\n");
        foreach (var point in points)
        {
            html.Append("        <tr><td data-label=\"").Append(date).Append("\">").Append("<time datetime=\"").Append(format.IsoDate(point.Date)).Append("\">").Append(Encoder.Encode(format.Date(point.Date))).Append("</time>")
                .Append("</td><td class=\"num\" data-label=\"").Append(value).Append("\">").Append(Encoder.Encode(format.WithUnit(point.Value, unit)))
                .Append("</td><td data-label=\"").Append(note).Append("\">").Append(point.Note is null ? string.Empty : Encoder.Encode(point.Note))
                .Append("</td></tr>\n");
        }

        html.Append("      </tbody>\n    </table></div>");
        return new RawHtml(html.ToString());
    }
}
