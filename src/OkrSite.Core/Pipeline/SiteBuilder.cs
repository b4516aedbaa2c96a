using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Validate;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// One build, stage by stage: load (site.json, content, data) → validate → compute → render (charts, pages) → write.
/// Every stage runs even after errors where it can, so one run reports every problem. The render stages stream
/// their files into a staging folder, which replaces the output only when the whole build is free of errors.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        var timer = new StageTimer();
        BuildResult Stop(Report? report = null) => new(report, diagnostics.ToSortedList(), [], false) { Timings = timer.Stages };

        // The site folder's real path is resolved once: the boundary every input of this build is checked against.
        var site = new SiteFileSystem(options.SiteDirectory);
        var config = SiteConfigLoader.Load(site, diagnostics);
        if (config is null)
        {
            return Stop();
        }

        var theme = Theme.Load(site, config.Theme, diagnostics);
        var (report, data) = ReadAndCompute(options, site, config, diagnostics, timer);
        if (report is null)
        {
            return Stop();
        }

        if (diagnostics.HasErrors || theme is null)
        {
            return Stop(report);
        }

        var memory = options.Write ? null : new MemoryOutput();
        using var staging = options.Write ? SitePublisher.Begin(options.ResolvedOutput, options.SiteDirectory, diagnostics, options.LockTimeout, options.Waiting) : null;
        IOutputSink? sink = memory ?? (IOutputSink?)staging;
        if (sink is null)
        {
            return Stop(report);
        }

        var rendered = SitePublisher.Complete(staging, options.ResolvedOutput, diagnostics, () =>
        {
            ChartStage.Result charts;
            using (var cache = ChartCache.Open(options.ResolvedCache, diagnostics, options.LockTimeout, options.Waiting))
            {
                charts = timer.Measure("render charts", () => ChartStage.Render(report, cache, sink), c => c.Views.Count, "charts");
                cache.Prune();
                if (cache.Hits > 0)
                {
                    timer.Annotate($"charts, {cache.Hits} from the cache");
                }
            }

            timer.Measure("render pages", () => SiteRenderer.RenderPages(report, charts, theme, diagnostics, sink), n => n, "pages");
        }, commit: false);
        if (!rendered || diagnostics.HasErrors)
        {
            return Stop(report);
        }

        if (memory is not null)
        {
            return new BuildResult(report, diagnostics.ToSortedList(), memory.Files, false) { Timings = timer.Stages, FileCount = memory.Files.Count };
        }

        var published = timer.Measure("write", () => SitePublisher.Complete(staging, options.ResolvedOutput, diagnostics, () => { }), _ => staging!.Count, "files");
        return new BuildResult(report, diagnostics.ToSortedList(), [], published) { Timings = timer.Stages, FileCount = staging!.Count };
    }

    /// <summary>
    /// Load, validate and compute. Its own method so that the content documents (with their YAML trees) are garbage
    /// once the report is made: captured by the render stages' lambdas, they would live to the end of the build.
    /// </summary>
    private static (Report? Report, DataSet Data) ReadAndCompute(BuildOptions options, SiteFileSystem site, SiteConfig config, DiagnosticBag diagnostics, StageTimer timer)
    {
        var content = timer.Measure("read content", () => ContentLoader.Load(site, diagnostics), c => c.Objectives.Length + c.Kpis.Length + c.Teams.Length, "files");
        var data = timer.Measure("read data", () => DataLoader.Load(site, config, diagnostics), d => d.Series.Values.Sum(s => s.Points.Length), "values");

        var asOf = ReportDate.AsOf(options.AsOf, config, data);
        ReportDateRules.CheckAsOf(asOf, diagnostics);
        if (asOf is null)
        {
            return (null, data);
        }

        var report = timer.Measure("compute", () =>
        {
            var valid = ContentValidator.Validate(content, data, diagnostics);
            var period = ReportDate.Period(options.Period, config, valid, asOf.Value);
            ReportDateRules.CheckPeriod(period, valid, diagnostics);
            KeyResultRules.Check(valid, data, asOf.Value, diagnostics);
            return ReportBuilder.Build(config, valid, data, asOf.Value, period);
        }, r => r.Objectives.Length + r.Objectives.Sum(o => o.KeyResults.Length), "objectives and KRs");
        return (report with { Diagnostics = [.. diagnostics.ToSortedList()] }, data);
    }
}
