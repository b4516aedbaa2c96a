using OkrSite.Core.Coach;
using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Archive;
using OkrSite.Core.Load.CheckIns;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Load.Static;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Text;
using OkrSite.Core.Validate;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// One build: the stages of <see cref="BuildStage.All"/>, run by one <see cref="StageRunner"/>. Every stage runs
/// even after errors where it can, so one run reports every problem. The render stages stream their files into a
/// staging folder (<see cref="SitePublisher.Begin"/>, then <see cref="StagingFolder.Fill"/>), which replaces the
/// output (<see cref="StagingFolder.Commit"/>) only when the whole build is free of errors.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options) => Build(options, hook: null);

    /// <param name="hook">Watches each stage (the benchmark's profiler); null for a plain build.</param>
    internal static BuildResult Build(BuildOptions options, IStageHook? hook)
    {
        var diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        // Only a plain build that writes, with a cache to keep its record in, may be skipped (never the profiler's).
        var skippable = options.SkipUnchanged && options.Write && options.ResolvedCache is not null && options.Freeze is null && hook is null;
        var stages = new StageRunner(hook, options.Progress, StageProgress.Stages(options.Write, skippable).Count);
        BuildResult Stop(Report? report = null) => new(report, diagnostics.ToSortedList(), [], false) { Timings = stages.Timings };

        InputLog? log = null;
        var started = InputCheck.NowNs();
        if (skippable)
        {
            var verdict = stages.Run(BuildStage.CheckInputs, () => BuildRecords.Check(options), v => v.Checked, v => v.Words);
            if (verdict.Record is { } unchanged)
            {
                return BuildRecords.Replay(unchanged, stages.Timings);
            }

            log = new InputLog();
        }

        // An on-demand build names its inputs by what it read: that is the version serve's open pages compare.
        log ??= options.OnDemand is null ? null : new InputLog();

        // The site folder's real path is resolved once: the boundary every input of this build is checked against.
        var site = new SiteFileSystem(options.SiteDirectory) { Log = log, Memo = options.Reads };
        var (config, theme, statics) = stages.Run(BuildStage.ConfigAndTheme, () =>
        {
            var loaded = SiteConfigLoader.Load(site, diagnostics);
            if (loaded is not null && options.BaseUrl is { } baseUrl)
            {
                loaded = loaded with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
            }

            return loaded is null
                ? (loaded, null, StaticFolder.Empty)
                : (loaded, Theme.Load(site, loaded.Theme, diagnostics), StaticFolder.Load(site, diagnostics));
        });
        if (config is null)
        {
            return Stop();
        }

        var report = ReadAndCompute(options, site, config, diagnostics, stages, out var archive);
        if (report is null)
        {
            return Stop();
        }

        BuildResult Done(BuildResult result) => result with { Archive = archive };

        // The interface text in the site's language, read and checked before anything is rendered.
        var text = theme is null ? null : UiText.Load(theme, config.Language, diagnostics);
        if (diagnostics.HasErrors || theme is null)
        {
            return Stop(report);
        }

        if (options.OnDemand is { } onDemand)
        {
            // serve: every file listed, each made when a browser asks for it (charts all drawn by the first build only).
            var lazy = stages.Run(BuildStage.RenderPages, () =>
            {
                using var drawn = onDemand.Warm ? null : ChartCache.Open(options.ResolvedCache, diagnostics, options.LockTimeout, options.Waiting);
                return OnDemandSite.Create(report, theme, text ?? UiText.English, statics, onDemand, log!, drawn, diagnostics);
            }, s => s.Paths.Count, "files, made when asked for");
            return diagnostics.HasErrors
                ? Stop(report)
                : Done(new BuildResult(report, diagnostics.ToSortedList(), [], false) { Timings = stages.Timings, FileCount = lazy.Paths.Count, OnDemand = lazy });
        }

        void Render(IOutputSink output)
        {
            var sink = stages.Observe(output);

            // One cache folder and one lock for charts and pages, held until both are rendered and the unused pruned.
            using var cache = ChartCache.Open(options.ResolvedCache, diagnostics, options.LockTimeout, options.Waiting);
            var charts = stages.Run(BuildStage.RenderCharts, () => ChartStage.Render(report, cache, sink, text: text), c => c.Views.Count, _ => cache.Hits > 0 ? $"charts, {cache.Hits} from the cache" : "charts");
            var pages = cache.Pages;
            stages.Run(BuildStage.RenderPages, () => SiteRenderer.RenderPages(report, charts, theme, diagnostics, sink, stages.Parts, statics, text, pages), n => n, n => pages.Hits > 0 ? string.Create(CultureInfo.InvariantCulture, $"pages, {pages.Hits:#,0} from the cache") : "pages");

            // A build whose templates failed used only some entries: the rest stay for the build after the fix.
            if (!diagnostics.HasErrors)
            {
                cache.Prune();
            }
        }

        if (!options.Write)
        {
            var memory = new MemoryOutput();
            Render(memory);
            return diagnostics.HasErrors
                ? Stop(report)
                : Done(new BuildResult(report, diagnostics.ToSortedList(), memory.Files, false) { Timings = stages.Timings, FileCount = memory.Files.Count });
        }

        using var staging = SitePublisher.Begin(options.ResolvedOutput, options.SiteDirectory, diagnostics, options.LockTimeout, options.Waiting);
        if (staging is null || !staging.Fill(Render, diagnostics) || diagnostics.HasErrors)
        {
            return Stop(report);
        }

        var published = stages.Run(BuildStage.Write, () =>
        {
            var committed = staging.Commit(diagnostics);
            if (committed && log is not null)
            {
                // Still under the output's lock: no other build can commit between the swap and its record.
                BuildRecords.Save(options, started, log, staging, report, diagnostics.ToSortedList());
            }

            return committed;
        }, _ => staging.Count, "files");
        return new BuildResult(report, diagnostics.ToSortedList(), [], published) { Timings = stages.Timings, FileCount = staging.Count };
    }

    /// <summary>
    /// Read, validate and compute. Its own method so that the content documents (with their YAML trees) are garbage
    /// once the report is made: captured by the render stages' lambdas, they would live to the end of the build.
    /// </summary>
    /// <param name="archive">The archive of <see cref="BuildOptions.Freeze"/>'s period (okrsite freeze), made from the live figures; else null.</param>
    private static Report? ReadAndCompute(BuildOptions options, SiteFileSystem site, SiteConfig config, DiagnosticBag diagnostics, StageRunner stages, out PeriodArchive? archive)
    {
        archive = null;
        ImmutableArray<PeriodArchive> archives = [];
        var content = stages.Run(BuildStage.ReadContent, () => { archives = ArchiveLoader.Load(site, diagnostics); return ContentLoader.Load(site, diagnostics, options.LoadCache); }, c => c.Objectives.Length + c.Kpis.Length + c.Teams.Length, "files");
        var (data, checkIns) = stages.Run(BuildStage.ReadData, () => (DataLoader.Load(site, config, diagnostics, options.LoadCache), CheckInLoader.Load(site, config, diagnostics)), d => d.Item1.Series.Values.Sum(s => s.Points.Length) + d.Item2.Length, "values");

        // The report date comes first: without one there is nothing to check the content against.
        var checkedContent = stages.Run(BuildStage.Validate, () =>
        {
            var asOf = ReportDate.AsOf(options.AsOf, config, data);
            ReportDateRules.CheckAsOf(asOf, diagnostics);
            if (asOf is null)
            {
                return null;
            }

            var valid = CheckInRules.Attach(ContentValidator.Validate(content, data, diagnostics), checkIns, diagnostics);
            DataCoverage.Check(valid, data, asOf.Value, diagnostics);
            var period = ReportDate.Period(options.Period, config, valid, asOf.Value);
            ReportDateRules.CheckPeriod(period, valid, diagnostics);
            KeyResultRules.Check(valid, data, asOf.Value, diagnostics);
            var (shown, frozen) = diagnostics.HasErrors ? ([], []) : ArchiveDrift.Check(archives, config, valid, data, options.Freeze, diagnostics);
            return new ValidatedContent(valid, asOf.Value, period) { Archives = shown, Frozen = frozen };
        });
        if (checkedContent is null)
        {
            return null;
        }

        var report = stages.Run(
            BuildStage.Compute,
            () => ReportBuilder.Build(config, checkedContent.Content, data, checkedContent.AsOf, checkedContent.Period, checkedContent.Archives),
            r => r.Objectives.Length + r.Objectives.Sum(o => o.KeyResults.Length),
            "objectives and KRs");
        if (options.Freeze is { } freezing)
        {
            archive = FrozenArchive.Of(report, freezing, options.FrozenOn, FrozenArchive.Version, InputHash.Of(checkedContent.Content.Objectives, data, checkedContent.Content.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal), freezing, report.AsOf));
        }

        // The coach advises on input without errors only: a key result with an error is left out of its objective,
        // so advice on it (one key result too few) would be wrong, and noise beside the errors to fix first.
        var coached = diagnostics.HasErrors ? null : stages.Run(BuildStage.Coach, () => OkrCoach.Run(report), c => c.Findings.Length, "findings");
        if (coached is not null)
        {
            OkrCoach.Report(coached, config.Coach, diagnostics);
        }

        report = report with { Frozen = checkedContent.Frozen, Findings = coached?.Findings ?? [] };

        // Last: the comparison reads this build's report.json back, which carries every figure above.
        report = CompareStep.Attach(report, options, site, diagnostics);
        return report with { Diagnostics = [.. diagnostics.ToSortedList()] };

    }

    /// <summary>What the validate stage hands to compute: the content with its links checked, the report date and period.</summary>
    private sealed record ValidatedContent(ContentSet Content, DateOnly AsOf, Period Period)
    {
        /// <summary>The archives of frozen periods to show, and what each would now differ in.</summary>
        public ImmutableArray<PeriodArchive> Archives { get; init; } = [];

        public ImmutableArray<FrozenPeriod> Frozen { get; init; } = [];
    }
}
