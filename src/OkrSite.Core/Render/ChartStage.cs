using System.Collections.Concurrent;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render;

/// <summary>
/// The charts of the site, rendered in parallel: one per metric key result that has data and one trend per KPI,
/// each as a light and a dark SVG next to its page, plus the view (alt text, data rows) the page shows it with.
/// </summary>
internal static class ChartStage
{
    public sealed record Result(IReadOnlyDictionary<string, ChartView> Views);

    private sealed record Job(string Key, string Hash, Func<ChartImage> Draw, IReadOnlyList<DataPoint> Points, string? Unit, string? RowsNote);

    /// <summary>Draws (or takes from the cache) every chart and writes its two SVG files to <paramref name="output"/> at once.</summary>
    public static Result Render(Report report, ChartCache cache, IOutputSink output)
    {
        var jobs = new List<Job>();
        var kpiNames = report.Kpis.ToDictionary(k => k.Id, k => k.Name, StringComparer.Ordinal);
        foreach (var objective in report.Objectives)
        {
            foreach (var kr in objective.KeyResults)
            {
                // The window is the Report's: the chart and its table show exactly the points the compute stage chose.
                if (kr.Window is not { } window)
                {
                    continue;
                }

                var name = kr.Kpi is { } kpi ? kpiNames.GetValueOrDefault(kpi) : null;
                jobs.Add(new Job(
                    SitePaths.KeyResultChart(objective, kr),
                    KeyResultHash(objective, kr, name, report.AsOf, window.Points),
                    () => ChartRenderer.KeyResult(objective, kr, report.AsOf, name),
                    window.Points,
                    kr.Unit,
                    null));
            }
        }

        foreach (var kpi in report.Kpis.Where(k => !k.Series.IsEmpty))
        {
            var points = kpi.Series.Points;
            var shown = points.Length > ViewBuilder.MaxTableRows ? points[^ViewBuilder.MaxTableRows..] : points;
            var note = points.Length > ViewBuilder.MaxTableRows
                ? string.Create(CultureInfo.InvariantCulture, $"The latest {ViewBuilder.MaxTableRows} of {points.Length} values; report.json has them all.")
                : null;
            jobs.Add(new Job(SitePaths.KpiChart(kpi), KpiHash(kpi, report.AsOf), () => ChartRenderer.KpiTrend(kpi, report.AsOf), shown, kpi.Unit, note));
        }

        var views = new ConcurrentDictionary<string, ChartView>(StringComparer.Ordinal);
        Parallel.ForEach(jobs, job =>
        {
            var meta = cache.Put(job.Hash, job.Draw, output, SitePaths.LightSvg(job.Key), SitePaths.DarkSvg(job.Key));
            views[job.Key] = new ChartView(SitePaths.LightSvg(job.Key), SitePaths.DarkSvg(job.Key), meta.AltText, meta.Width, meta.Height, job.Points, job.Unit, job.RowsNote);
        });
        return new Result(views);
    }

    /// <summary>Everything a key-result chart is drawn from: the period, the KR's values and status, the points it shows.</summary>
    private static string KeyResultHash(Objective objective, KeyResult kr, string? name, DateOnly asOf, IEnumerable<DataPoint> points)
    {
        using var hash = new ContentHash("kr-chart");
        return hash.Add(objective.Period.ToString()).Add(objective.Expected).Add(asOf)
            .Add(kr.Title).Add(kr.Metric).Add(name).Add(kr.Unit).Add(kr.Baseline).Add(kr.Target).Add(kr.Current).Add(kr.CurrentDate)
            .Add(kr.Score).Add(kr.Plan).Add(kr.Status.ToString()).Add(kr.Type.ToString()).Add(kr.CurrentSource.ToString()).Add(kr.BaselineSource.ToString())
            .Add(KeyResultChart.CheckInKey(kr))
            .Add(points)
            .Finish();
    }

    private static string KpiHash(Kpi kpi, DateOnly asOf)
    {
        using var hash = new ContentHash("kpi-chart");
        return hash.Add(asOf).Add(kpi.Name).Add(kpi.Unit).Add(kpi.Direction.ToString()).Add(kpi.Frequency?.ToString())
            .Add(kpi.Target).Add(kpi.Green).Add(kpi.Red).Add(kpi.Health.ToString()).Add(kpi.Stale.ToString())
            .Add(kpi.Series.Points)
            .Finish();
    }

}
