using System.Diagnostics;
using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Validate;
using OkrSite.Core.Write;

namespace OkrSite.Benchmarks;

/// <summary>
/// One build, stage by stage, each timed (wall and CPU), with the bytes it allocated and the collections it caused.
/// It calls the same public stages in the same order as <c>SiteBuilder.Build</c> and <c>SiteRenderer.RenderPages</c>
/// (kept in step by hand: when those change, change this), but splits "render pages" into report.json, views
/// (with the Markdown), the templates and the assets, and adds CPU time, so parallelism and the cost of each part
/// show. report.json is timed on its own here; the build writes it beside the pages.
/// The chart cache is off unless a cache folder is given. Lines starting with STAGE and COUNT are for run.sh.
/// </summary>
public static class StageProfiler
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string siteDir, string? outDir, bool write, string? cacheDir, int chartSample, int pageSample)
    {
        var total = Stopwatch.StartNew();
        var stages = new List<(string Name, double WallMs, double CpuMs, double AllocMb, int Gen0, int Gen1, int Gen2)>();

        T Measure<T>(string name, Func<T> action)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var watch = Stopwatch.StartNew();
            var result = action();
            watch.Stop();
            process.Refresh();
            stages.Add((
                name,
                watch.Elapsed.TotalMilliseconds,
                (process.TotalProcessorTime - cpu).TotalMilliseconds,
                (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,
                GC.CollectionCount(0) - g0,
                GC.CollectionCount(1) - g1,
                GC.CollectionCount(2) - g2));
            return result;
        }

        var diagnostics = new DiagnosticBag();
        var (config, theme) = Measure("site.json + theme", () =>
        {
            var c = SiteConfigLoader.Load(siteDir, diagnostics);
            return (c, c is null ? null : Theme.Load(siteDir, c.Theme, diagnostics));
        });
        if (config is null || theme is null)
        {
            return Fail(diagnostics);
        }

        var content = Measure("read content", () => ContentLoader.Load(siteDir, diagnostics));
        var data = Measure("read data", () => DataLoader.Load(siteDir, config, diagnostics));
        var asOf = ReportDate.AsOf(null, config, data);
        ReportDateRules.CheckAsOf(asOf, diagnostics);
        if (asOf is null)
        {
            return Fail(diagnostics);
        }

        var report = Measure("compute", () =>
        {
            var valid = ContentValidator.Validate(content, data, diagnostics);
            var period = ReportDate.Period(null, config, valid, asOf.Value);
            ReportDateRules.CheckPeriod(period, valid, diagnostics);
            KeyResultRules.Check(valid, data, asOf.Value, diagnostics);
            var r = ReportBuilder.Build(config, valid, data, asOf.Value, period);
            return r with { Diagnostics = [.. diagnostics.ToSortedList()] };
        });
        if (report is null || diagnostics.HasErrors)
        {
            return Fail(diagnostics);
        }

        // As SiteBuilder: every render stage writes each file into the staging folder (or memory) as soon as it is made.
        var output = outDir ?? Path.Combine(siteDir, "_site");
        using var staging = write ? SitePublisher.Begin(output, siteDir, diagnostics) : null;
        if (write && staging is null)
        {
            return Fail(diagnostics);
        }

        var sink = new TallySink(staging is null ? new MemoryOutput() : staging);
        using var cache = ChartCache.Open(cacheDir, diagnostics);
        var charts = Measure("render charts", () => ChartStage.Render(report, cache, sink));
        cache.Prune();
        var svgBytes = sink.Bytes;

        // SiteRenderer.RenderPages, in parts: report.json (which it runs beside the pages), views, templates, assets.
        var json = Measure("report.json", () =>
        {
            var before = sink.Bytes;
            sink.WriteStream(ReportJson.FileName, stream => ReportJson.Write(report, stream));
            return sink.Bytes - before;
        });
        var (views, pages) = Measure("views (+ Markdown)", () =>
        {
            var v = new ViewBuilder(report, new MarkdownRenderer(report.Config.AllowHtml), charts.Views);
            return (v, SiteRenderer.Pages(report, v));
        });
        var renderer = new PageRenderer(theme, views.Site(), report.Config.BaseUrl);
        var before = sink.Bytes;
        var htmlBytes = Measure("pages (templates)", () =>
        {
            Parallel.ForEach(pages, page => sink.Write(page.Path, renderer.Render(page)));
            return sink.Bytes - before;
        });
        Measure("assets", () =>
        {
            foreach (var asset in theme.Assets())
            {
                sink.Write(asset, theme.ReadBytes(asset)!);
            }

            return 0;
        });
        if (staging is not null)
        {
            Measure("write (commit)", () => SitePublisher.Complete(staging, output, diagnostics, () => { }));
        }

        total.Stop();
        var sorted = diagnostics.ToSortedList();
        if (sorted.Any(d => d.IsError))
        {
            return Fail(diagnostics);
        }

        var rows = data.Series.Values.Sum(s => (long)s.Points.Length);
        Console.WriteLine(string.Create(Inv, $"{siteDir}: {report.Objectives.Length} objectives, {report.Objectives.Sum(o => o.KeyResults.Length)} KRs, {report.Kpis.Length} KPIs, {report.Teams.Length} teams, {rows} values"));
        Console.WriteLine();
        Console.WriteLine("stage                    wall ms    CPU ms   CPU/wall   alloc MB  gen0/1/2");
        foreach (var s in stages)
        {
            Console.WriteLine(string.Create(Inv, $"{s.Name,-22} {s.WallMs,9:F0} {s.CpuMs,9:F0} {s.CpuMs / Math.Max(1, s.WallMs),10:F2} {s.AllocMb,10:F0}  {s.Gen0}/{s.Gen1}/{s.Gen2}"));
        }

        var sumWall = stages.Sum(s => s.WallMs);
        Console.WriteLine(string.Create(Inv, $"{"total (in process)",-22} {sumWall,9:F0} {stages.Sum(s => s.CpuMs),9:F0} {stages.Sum(s => s.CpuMs) / sumWall,10:F2} {stages.Sum(s => s.AllocMb),10:F0}"));
        Console.WriteLine();

        var process = Process.GetCurrentProcess();
        var counts = new List<(string Key, string Value)>
        {
            ("objectives", report.Objectives.Length.ToString(Inv)),
            ("keyResults", report.Objectives.Sum(o => o.KeyResults.Length).ToString(Inv)),
            ("kpis", report.Kpis.Length.ToString(Inv)),
            ("teams", report.Teams.Length.ToString(Inv)),
            ("rows", rows.ToString(Inv)),
            ("pages", pages.Count.ToString(Inv)),
            ("contentPages", (report.Objectives.Length + report.Kpis.Length + report.Teams.Length).ToString(Inv)),
            ("charts", charts.Views.Count.ToString(Inv)),
            ("files", sink.Count.ToString(Inv)),
            ("warnings", sorted.Count.ToString(Inv)),
            ("reportJsonMb", (json / 1048576.0).ToString("F1", Inv)),
            ("svgMb", (svgBytes / 1048576.0).ToString("F1", Inv)),
            ("htmlMb", (htmlBytes / 1048576.0).ToString("F1", Inv)),
            ("peakWorkingSetMb", (process.PeakWorkingSet64 / 1048576.0).ToString("F0", Inv)),
            ("totalMs", total.Elapsed.TotalMilliseconds.ToString("F0", Inv)),
        };
        foreach (var code in sorted.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            counts.Add(($"warning.{code.Key}", code.Count().ToString(Inv)));
        }

        if (chartSample > 0)
        {
            var kpis = report.Kpis.Where(k => !k.Series.IsEmpty).Take(chartSample);
            Sample(counts, "chartKpiMedianMs", kpis, k => ChartRenderer.KpiTrend(k, report.AsOf));
            SampleAlloc(counts, "chartKpiKb", kpis, k => ChartRenderer.KpiTrend(k, report.AsOf));
            var krs = report.Objectives.SelectMany(o => o.KeyResults.Where(k => k.Metric is not null && data.Find(k.Metric) is { IsEmpty: false }).Select(k => (o, k))).Take(chartSample);
            Sample(counts, "chartKrMedianMs", krs, x => ChartRenderer.KeyResult(x.o, x.k, report.AsOf));
            SampleAlloc(counts, "chartKrKb", krs, x => ChartRenderer.KeyResult(x.o, x.k, report.AsOf));
        }

        if (pageSample > 0)
        {
            foreach (var kind in pages.GroupBy(p => p.Kind).Where(g => g.Key is "objective" or "kpi" or "team" or "dashboard" or "period"))
            {
                Sample(counts, $"page.{kind.Key}.medianMs", kind.Take(pageSample), renderer.Render);
                counts.Add(($"page.{kind.Key}.kb", (kind.Take(pageSample).Select(p => renderer.Render(p).Length).Average() / 1024).ToString("F1", Inv)));
            }
        }

        foreach (var s in stages)
        {
            Console.WriteLine(string.Create(Inv, $"STAGE\t{s.Name}\t{s.WallMs:F0}\t{s.CpuMs:F0}\t{s.AllocMb:F0}\t{s.Gen0}\t{s.Gen1}\t{s.Gen2}"));
        }

        foreach (var (key, value) in counts)
        {
            Console.WriteLine($"COUNT\t{key}\t{value}");
        }

        return 0;
    }

    /// <summary>Forwards to the real sink and counts files and bytes (bytes of files linked from the chart cache are read for the count).</summary>
    private sealed class TallySink(IOutputSink inner) : IOutputSink
    {
        private long _bytes;
        private int _count;

        public long Bytes => Interlocked.Read(ref _bytes);

        public int Count => _count;

        public void Write(string path, byte[] content)
        {
            inner.Write(path, content);
            Interlocked.Add(ref _bytes, content.Length);
            Interlocked.Increment(ref _count);
        }

        public void WriteStream(string path, Action<Stream> write)
        {
            long length = 0;
            inner.WriteStream(path, stream =>
            {
                write(stream);
                length = stream.Length;
            });
            Interlocked.Add(ref _bytes, length);
            Interlocked.Increment(ref _count);
        }

        public void WriteFrom(string path, string source)
        {
            inner.WriteFrom(path, source);
            Interlocked.Add(ref _bytes, new FileInfo(source).Length);
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>Runs each item once, single-threaded, after one warm-up call, and records the median time.</summary>
    private static void Sample<T, TResult>(List<(string, string)> counts, string key, IEnumerable<T> items, Func<T, TResult> action)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        action(list[0]);
        var times = new List<double>(list.Count);
        foreach (var item in list)
        {
            var watch = Stopwatch.StartNew();
            action(item);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        counts.Add((key, times[times.Count / 2].ToString("F2", Inv)));
    }

    /// <summary>Runs each item once more, single-threaded, and records the mean allocation per call in KB.</summary>
    private static void SampleAlloc<T, TResult>(List<(string, string)> counts, string key, IEnumerable<T> items, Func<T, TResult> action)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var item in list)
        {
            action(item);
        }

        var kb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / list.Count;
        counts.Add((key, kb.ToString("F0", Inv)));
    }

    private static int Fail(DiagnosticBag diagnostics)
    {
        var sorted = diagnostics.ToSortedList();
        foreach (var d in sorted.Take(30))
        {
            Console.Error.WriteLine(d.ToString());
        }

        Console.Error.WriteLine(string.Create(Inv, $"{sorted.Count(d => d.IsError)} errors, {sorted.Count(d => !d.IsError)} warnings"));
        return 1;
    }
}
