namespace OkrSite.Core.Render.Html.Views;

/// <summary>A chart on a page: its light and dark SVG files, the alt text, and the data behind it as table rows.</summary>
public sealed record ChartView(string Src, string DarkSrc, string Alt, int Width, int Height, IReadOnlyList<DataRow> Rows, string? RowsNote);

/// <summary>One value of a series as the data table shows it.</summary>
public sealed record DataRow(string Date, string Value, string? Note);
