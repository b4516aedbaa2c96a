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

    /// <summary>Where the values are when the page links them instead of a table (a long series); null with a table.</summary>
    public ChartFileView? File { get; private init; }

    /// <summary>
    /// This chart with its values as rows of <paramref name="file"/>: its rows and table are then only the values with
    /// a note (<paramref name="noted"/>), which the chart marks and the legend points to.
    /// </summary>
    public ChartView InFile(ChartFileView file, IReadOnlyList<DataPoint> noted) => new(Src, Alt, Width, Height, noted, unit, null, Text) { Legend = Legend, File = file };

    private UiText Text { get; } = text ?? UiText.English;
}

/// <summary>A chart's values as rows of a data file: how many, the dates of the first and last, whose file (a KPI's, by its name), and the file.</summary>
internal sealed record ChartFileView(int Count, string From, string To, string Name, DataFileView Data);

/// <summary>One value of a series as the data table shows it.</summary>
internal sealed record DataRow(string Date, string Value, string? Note);
