using System.Text;
using System.Text.Encodings.Web;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// The table of values behind a chart, as HTML made once in code: a site has hundreds of thousands of such rows, and
/// producing them cell by cell in a template was most of the page stage's cost. Every cell is HTML-escaped here;
/// the rows stay available to templates as <c>chart.rows</c> for a theme that wants its own markup.
/// </summary>
public static class DataTable
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static RawHtml Html(IReadOnlyList<DataRow> rows)
    {
        var html = new StringBuilder(128 + (rows.Count * 72));
        html.Append("<table>\n      <thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Value</th><th scope=\"col\">Note</th></tr></thead>\n      <tbody>\n");
        foreach (var row in rows)
        {
            html.Append("        <tr><td>").Append(Encoder.Encode(row.Date))
                .Append("</td><td class=\"num\">").Append(Encoder.Encode(row.Value))
                .Append("</td><td>").Append(row.Note is null ? string.Empty : Encoder.Encode(row.Note))
                .Append("</td></tr>\n");
        }

        html.Append("      </tbody>\n    </table>");
        return new RawHtml(html.ToString());
    }
}
