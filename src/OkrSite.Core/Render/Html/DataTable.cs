using System.Text;
using System.Text.Encodings.Web;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// The table of values behind a chart, as HTML made once in code: a site has hundreds of thousands of such rows, and
/// producing them cell by cell in a template was most of the page stage's cost. Every cell is HTML-escaped here;
/// the rows stay available to templates as <c>chart.rows</c> for a theme that wants its own markup.
/// </summary>
internal static class DataTable
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static RawHtml Html(IReadOnlyList<DataPoint> points, string? unit)
    {
        var html = new StringBuilder(128 + (points.Count * 72));
        html.Append("<table>\n      <thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Value</th><th scope=\"col\">Note</th></tr></thead>\n      <tbody>\n");
        foreach (var point in points)
        {
            html.Append("        <tr><td>").Append(Format.IsoDate(point.Date))
                .Append("</td><td class=\"num\">").Append(Encoder.Encode(Format.WithUnit(point.Value, unit)))
                .Append("</td><td>").Append(point.Note is null ? string.Empty : Encoder.Encode(point.Note))
                .Append("</td></tr>\n");
        }

        html.Append("      </tbody>\n    </table>");
        return new RawHtml(html.ToString());
    }
}
