namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// A chart on a page: its light and dark SVG files, the alt text, and the data behind it, as rows and as a ready,
/// escaped HTML table (<see cref="Table"/>).
/// </summary>
public sealed record ChartView(string Src, string DarkSrc, string Alt, int Width, int Height, IReadOnlyList<DataRow> Rows, string? RowsNote, RawHtml Table);

/// <summary>One value of a series as the data table shows it.</summary>
public sealed record DataRow(string Date, string Value, string? Note);
