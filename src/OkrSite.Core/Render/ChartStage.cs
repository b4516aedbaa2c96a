using System.Collections.Concurrent;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render;

/// <summary>
/// The charts of the site, rendered in parallel: one per metric key result that has data and one trend per KPI,
/// each as one SVG next to its page (it follows the page's light or dark scheme by itself), plus the view (alt text,
/// legend, data rows) the page shows it with. The stage builds each chart's <see cref="ChartSpec"/> from the Report
/// and hands it to an <see cref="IChartBackend"/>; it knows nothing of how a chart is drawn.
/// </summary>
internal static class ChartStage
{
    public sealed record Result(IReadOnlyDictionary<string, ChartView> Views);

    /// <summary>One chart to draw: its key (<see cref="SitePaths.KeyResultChart"/>, <see cref="SitePaths.KpiChart"/>), its cache hash, its spec (built when drawn) and what its view shows.</summary>
    internal sealed record Job(string Key, Func<string> HashOf, Func<ChartSpec> Spec, IReadOnlyList<DataPoint> Points, string? Unit, string? RowsNote)
    {
        private string? _hash;

        /// <summary>Hashed when first asked for: serve asks only for the charts a page shows (two threads may both hash it, to the same value).</summary>
        public string Hash => _hash ??= HashOf();
    }

    /// <summary>Draws (or takes from the cache) every chart and writes its SVG file to <paramref name="output"/> at once.</summary>
    /// <param name="backend">Draws the charts; ScottPlot's by default.</param>
    /// <param name="text">The interface text in the site's language (its numbers, dates and words in charts); the tool's English by default.</param>
    public static Result Render(Report report, ChartCache cache, IOutputSink output, IChartBackend? backend = null, UiText? text = null)
    {
        backend ??= ScottPlotBackend.Instance;
        text ??= UiText.English;
        var views = new ConcurrentDictionary<string, ChartView>(StringComparer.Ordinal);
        Parallel.ForEach(Jobs(report, backend, text), job =>
        {
            // The spec is built only to draw: a cached chart's legend comes with its meta, and building a spec (a
            // copy of its points, downsampled) for each of 50,000 charts from the cache was most of what a hit cost.
            var meta = cache.Put(job.Hash, job.Spec, backend.Render, output, SitePaths.ChartSvg(job.Key));
            views[job.Key] = View(job, meta.Legend ?? throw new InvalidOperationException($"the chart cache gave {job.Key} without its legend"), meta, text);
        });
        return new Result(views);
    }

    /// <summary>The view a page shows a drawn chart with (serve's charts drawn on demand make theirs here too).</summary>
    internal static ChartView View(Job job, ChartSpec spec, ChartMeta meta, UiText text) => View(job, spec.Legend, meta, text);

    private static ChartView View(Job job, IReadOnlyList<LegendEntry> legend, ChartMeta meta, UiText text) =>
        new(SitePaths.ChartSvg(job.Key), meta.AltText, meta.Width, meta.Height, job.Points, job.Unit, job.RowsNote, text) { Legend = legend };

    /// <summary>Every chart of the site, in order, none drawn yet.</summary>
    internal static List<Job> Jobs(Report report, IChartBackend backend, UiText text)
    {
        var format = ChartFormat.For(text);
        var version = backend.Version + "/" + format.Key;
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
                    () => KeyResultHash(version, objective, kr, name, report.AsOf, window.Points),
                    () => KeyResultChart.From(objective, kr, report.AsOf, name).Spec(format),
                    window.Points,
                    kr.Unit,
                    null));
            }
        }

        foreach (var kpi in report.Kpis.Where(k => !k.Series.IsEmpty))
        {
            var points = kpi.Series.Points;
            var shown = points.Length > ViewBuilder.MaxTableRows ? points[^ViewBuilder.MaxTableRows..] : points;
            var note = points.Length > ViewBuilder.MaxTableRows ? text.Get("charts.rows_note", ViewBuilder.MaxTableRows, points.Length) : null;
            jobs.Add(new Job(SitePaths.KpiChart(kpi), () => KpiHash(version, kpi, report.AsOf), () => KpiTrendChart.From(kpi, report.AsOf).Spec(format), shown, kpi.Unit, note));
        }

        return jobs;
    }

    /// <summary>
    /// Everything a key-result chart is drawn from: the backend's version and the language (<paramref name="version"/>),
    /// the period, the KR's values and status, the points it shows.
    /// </summary>
    private static string KeyResultHash(string version, Objective objective, KeyResult kr, string? name, DateOnly asOf, IEnumerable<DataPoint> points)
    {
        using var hash = new ContentHash("kr-chart");
        return hash.Add(version).Add(objective.Period.ToString()).Add(objective.Expected).Add(asOf)
            .Add(kr.Title).Add(kr.Metric).Add(name).Add(kr.Unit).Add(kr.Baseline).Add(kr.Target).Add(kr.Current).Add(kr.CurrentDate)
            .Add(kr.Score).Add(kr.Plan).Add(kr.Status.ToString()).Add(kr.Type.ToString()).Add(kr.CurrentSource.ToString()).Add(kr.BaselineSource.ToString())
            .Add(KeyResultChart.CheckInKey(kr))
            .Add(points)
            .Finish();
    }

    private static string KpiHash(string version, Kpi kpi, DateOnly asOf)
    {
        using var hash = new ContentHash("kpi-chart");
        return hash.Add(version).Add(asOf).Add(kpi.Name).Add(kpi.Unit).Add(kpi.Direction.ToString()).Add(kpi.Frequency?.ToString())
            .Add(kpi.Target).Add(kpi.Green).Add(kpi.Red).Add(kpi.Health.ToString()).Add(kpi.Stale.ToString())
            .Add(kpi.Series.Points)
            .Finish();
    }

}
