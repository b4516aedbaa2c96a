using OkrSite.Core.Model;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// A chart on a page: its SVG file (one, for both colour schemes), the alt text, the legend, and the data behind it, as rows and as a ready,
/// escaped HTML table (<see cref="Table"/>). Rows and table are made from the points when the page asks for them and
/// not kept: a large site has millions of them, and each chart is shown on one page.
/// </summary>
internal sealed class ChartView(string src, string alt, int width, int height, IReadOnlyList<DataPoint> points, string? unit, string? rowsNote, UiText? text = null)
{
    public string Src { get; } = src;

    public string Alt { get; } = alt;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public string? RowsNote { get; } = rowsNote;

    /// <summary>What the chart's lines, zones and marks stand for (only those it has), shown under it as text.</summary>
    public IReadOnlyList<Charts.LegendEntry> Legend { get; init; } = [];

    public int Count => points.Count;

    public IReadOnlyList<DataRow> Rows => [.. points.Select(p => new DataRow(Text.Format.Date(p.Date), Text.Format.WithUnit(p.Value, unit), p.Note))];

    public RawHtml Table => DataTable.Html(points, unit, Text);

    private UiText Text { get; } = text ?? UiText.English;
}

/// <summary>One value of a series as the data table shows it.</summary>
internal sealed record DataRow(string Date, string Value, string? Note);
