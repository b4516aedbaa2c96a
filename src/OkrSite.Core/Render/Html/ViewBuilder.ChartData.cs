using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    /// <summary>Up to this many values a chart keeps its data table on the page.</summary>
    public const int MaxInlineRows = 31;

    /// <summary>A key result's chart: its window is a slice of its KPI's series, so the rows of the KPI's file between its dates.</summary>
    private ChartView? ChartOrFile(KeyResult kr, ChartView? chart) =>
        kr.Window is { Count: > MaxInlineRows } window && kr.Kpi is { } id && _kpis.TryGetValue(id, out var kpi) && IsSliceOf(window, kpi.Series)
            ? ChartOrFile(chart, window.Points, kpi)
            : chart;

    /// <summary>
    /// A chart of <paramref name="points"/>, rows of <paramref name="kpi"/>'s data file, with the file linked instead of a
    /// table when there are more than <see cref="MaxInlineRows"/>. Every value is already in that file: the table of a
    /// key result's quarter of daily values was 60 % of an objective page, the KPI page's 366 latest values 46 % of
    /// it. The values with a note stay on the page as a table of those rows only: the chart marks them, the legend
    /// points to them, and a note is what a reader came for, while the file has no way to show which values it marks.
    /// Short series (weekly or monthly data, check-ins) keep the whole table.
    /// </summary>
    private ChartView? ChartOrFile(ChartView? chart, IReadOnlyList<DataPoint> points, Kpi kpi)
    {
        if (chart is null || points.Count <= MaxInlineRows || !KpiDataFile.Has(kpi))
        {
            return chart;
        }

        var file = new DataFileView(SitePaths.FileUrl(SitePaths.KpiData(kpi.Id)), kpi.Series.Points.Length);
        var noted = points.Where(p => !string.IsNullOrEmpty(p.Note)).ToArray();
        return chart.InFile(new ChartFileView(points.Count, _format.Date(points[0].Date), _format.Date(points[^1].Date), kpi.Name, file), noted);
    }

    /// <summary>True when the window's first and last values are the KPI series' at the same places, so the file's rows between its dates are the window.</summary>
    private static bool IsSliceOf(SeriesWindow window, Series series) =>
        window.Start + window.Count <= series.Points.Length
        && series.Points[window.Start] == window.First
        && series.Points[window.Start + window.Count - 1] == window.Last;
}
