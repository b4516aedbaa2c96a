using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    /// <summary>Up to this many values a key result's chart keeps its data table on the objective page.</summary>
    public const int MaxInlineWindowRows = 31;

    /// <summary>
    /// A key result's chart, with its data as rows of its KPI's data file instead of a table when the window is long.
    /// A window is a slice of its KPI's series, whose every value is already in the KPI's file (and the latest 366 in
    /// the KPI page's table): repeating a quarter of daily values on every objective page that charts them was 60 % of
    /// those pages' bytes. Short windows (weekly or monthly data, check-ins) and windows with notes, which the chart
    /// marks and the legend points to, keep the table.
    /// </summary>
    private ChartView? ChartOrFile(KeyResult kr, ChartView? chart)
    {
        if (chart is null
            || kr.Window is not { Count: > MaxInlineWindowRows } window
            || kr.Kpi is not { } id
            || !_kpis.TryGetValue(id, out var kpi)
            || !KpiDataFile.Has(kpi)
            || !IsSliceOf(window, kpi.Series)
            || window.Points.Any(p => p.Note is not null))
        {
            return chart;
        }

        var file = new DataFileView(SitePaths.FileUrl(SitePaths.KpiData(kpi.Id)), kpi.Series.Points.Length);
        return chart.InFile(new ChartFileView(_format.Date(window.First!.Value.Date), _format.Date(window.Last!.Value.Date), kpi.Name, file));
    }

    /// <summary>True when the window's first and last values are the KPI series' at the same places, so the file's rows between its dates are the window.</summary>
    private static bool IsSliceOf(SeriesWindow window, Series series) =>
        window.Start + window.Count <= series.Points.Length
        && series.Points[window.Start] == window.First
        && series.Points[window.Start + window.Count - 1] == window.Last;
}
