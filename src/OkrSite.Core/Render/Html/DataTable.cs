using System.Text;
using System.Text.Encodings.Web;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// The table of values behind a chart, as HTML made once in code: a site has hundreds of thousands of such rows, and
/// producing them cell by cell in a template was most of the page stage's cost. Every cell is HTML-escaped here;
/// the rows stay available to templates as <c>chart.rows</c> for a theme that wants its own markup. Two or three
/// narrow columns fit a phone as they are, so the table is no stacked card (no <c>data-label</c> per cell) and the
/// value column is right-aligned by one rule for <c>table.series</c>; the note column is there only when a value
/// has a note. A row is its two or three cells and nothing else: the end tags of cells and rows are ones HTML lets a
/// page leave out (the parser closes them at the next <c>&lt;td&gt;</c> or <c>&lt;tr&gt;</c>), and the table is one
/// line (a template indents every line it includes), which takes a row from about 200 bytes to about 30 without
/// changing what a browser or a screen reader gets. A date is its text only: a <c>&lt;time datetime&gt;</c> around
/// it was more than half of every row, for machines that read the data file instead.
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
        var notes = points.Any(p => !string.IsNullOrEmpty(p.Note));
        var html = new StringBuilder(256 + (points.Count * 64));
        html.Append("<div class=\"table-wrap\"><table class=\"data series\"><thead><tr><th scope=\"col\">").Append(Encoder.Encode(text.Get("charts.table.date")))
            .Append("</th><th scope=\"col\">").Append(Encoder.Encode(text.Get("charts.table.value")));
        if (notes)
        {
            html.Append("</th><th scope=\"col\">").Append(Encoder.Encode(text.Get("charts.table.note")));
        }

        html.Append("</th></tr></thead><tbody>");
        foreach (var point in points)
        {
            html.Append("<tr><td>").Append(Encoder.Encode(format.Date(point.Date)))
                .Append("<td>").Append(Encoder.Encode(format.WithUnit(point.Value, unit)));
            if (notes)
            {
                html.Append("<td>").Append(point.Note is null ? string.Empty : Encoder.Encode(point.Note));
            }
        }

        html.Append("</tbody></table></div>");
        return new RawHtml(html.ToString());
    }
}
