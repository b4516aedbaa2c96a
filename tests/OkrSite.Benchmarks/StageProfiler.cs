using System.Diagnostics;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Write;

namespace OkrSite.Benchmarks;

/// <summary>
/// One build through <see cref="SiteBuilder.Build"/> itself, with a hook (<see cref="Profile"/>) that adds to each
/// stage its CPU time, the bytes it allocated and the collections it caused, and splits "render pages" into its
/// parts (report.json and the files beside it, views with the Markdown, the templates, the static files; <see cref="SiteRenderer.Parts"/>), which
/// then run one after another so that each is measured alone: the build writes report.json beside the pages.
/// The chart cache is off unless a cache folder is given. Lines starting with STAGE and COUNT are for run.sh.
/// </summary>
public static class StageProfiler
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string siteDir, string? outDir, bool write, string? cacheDir, int chartSample, int pageSample)
    {
        var total = Stopwatch.StartNew();
        var profile = new Profile();
        var result = SiteBuilder.Build(new BuildOptions(siteDir, outDir, Write: write, CacheDirectory: cacheDir, UseCache: cacheDir is not null), profile);
        total.Stop();
        if (!result.Succeeded || result.Report is not { } report || profile.Data is not { } data || profile.Charts is not { } charts || profile.Theme is not { } theme)
        {
            return Fail(result.Diagnostics);
        }

        var stages = profile.Stages;
        var sink = profile.Sink!;
        var rows = data.Series.Values.Sum(s => (long)s.Points.Length);
        Console.WriteLine(string.Create(Inv, $"{siteDir}: {report.Objectives.Length} objectives, {report.Objectives.Sum(o => o.KeyResults.Length)} KRs, {report.Kpis.Length} KPIs, {report.Teams.Length} teams, {rows} values"));
        Console.WriteLine();
        Console.WriteLine("stage                    wall ms    CPU ms   CPU/wall   alloc MB  gen0/1/2");
        foreach (var s in stages)
        {
            var name = (s.Part ? "  " : string.Empty) + s.Name;
            Console.WriteLine(string.Create(Inv, $"{name,-22} {s.WallMs,9:F0} {s.CpuMs,9:F0} {s.CpuMs / Math.Max(1, s.WallMs),10:F2} {s.AllocMb,10:F0}  {s.Gen0}/{s.Gen1}/{s.Gen2}"));
        }

        // The parts are inside their stage: the total adds the stages only.
        var whole = stages.Where(s => !s.Part).ToList();
        var sumWall = whole.Sum(s => s.WallMs);
        Console.WriteLine(string.Create(Inv, $"{"total (in process)",-22} {sumWall,9:F0} {whole.Sum(s => s.CpuMs),9:F0} {whole.Sum(s => s.CpuMs) / sumWall,10:F2} {whole.Sum(s => s.AllocMb),10:F0}"));
        Console.WriteLine();

        var views = new ViewBuilder(report, new MarkdownRenderer(report.Config.AllowHtml), charts.Views);
        var pages = SiteRenderer.Pages(report, views);
        var renderer = new PageRenderer(theme, views.Site(), report.Config.BaseUrl);
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
            ("warnings", result.Diagnostics.Count.ToString(Inv)),
            ("reportJsonMb", (sink.BytesOf(".json") / 1048576.0).ToString("F1", Inv)),
            ("svgMb", (sink.BytesOf(".svg") / 1048576.0).ToString("F1", Inv)),
            ("htmlMb", (sink.BytesOf(".html") / 1048576.0).ToString("F1", Inv)),
            ("peakWorkingSetMb", (process.PeakWorkingSet64 / 1048576.0).ToString("F0", Inv)),
            ("totalMs", total.Elapsed.TotalMilliseconds.ToString("F0", Inv)),
        };
        foreach (var code in result.Diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
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

    private sealed record StageCost(string Name, bool Part, double WallMs, double CpuMs, double AllocMb, int Gen0, int Gen1, int Gen2);

    /// <summary>
    /// The hook: measures every stage and part, keeps what the samples need (the data, the charts' views, the theme),
    /// and counts the bytes of every file written. Parts are recorded when they end, so they are listed before their stage.
    /// </summary>
    private sealed class Profile : IStageHook
    {
        private readonly List<StageCost> _stages = [];
        private int _depth;

        public DataSet? Data { get; private set; }

        public ChartStage.Result? Charts { get; private set; }

        public Theme? Theme { get; private set; }

        public TallySink? Sink { get; private set; }

        public bool SplitsParts => true;

        /// <summary>Each stage with its parts after it.</summary>
        public IReadOnlyList<StageCost> Stages
        {
            get
            {
                var ordered = new List<StageCost>();
                var parts = new List<StageCost>();
                foreach (var stage in _stages)
                {
                    if (stage.Part)
                    {
                        parts.Add(stage);
                        continue;
                    }

                    ordered.Add(stage);
                    ordered.AddRange(parts);
                    parts.Clear();
                }

                return ordered;
            }
        }

        public IOutputSink Observe(IOutputSink sink) => Sink = new TallySink(sink);

        public T Run<T>(string stage, Func<T> work)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var watch = Stopwatch.StartNew();
            _depth++;
            T result;
            try
            {
                result = work();
            }
            finally
            {
                _depth--;
            }

            watch.Stop();
            process.Refresh();
            _stages.Add(new StageCost(
                stage,
                _depth > 0,
                watch.Elapsed.TotalMilliseconds,
                (process.TotalProcessorTime - cpu).TotalMilliseconds,
                (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,
                GC.CollectionCount(0) - g0,
                GC.CollectionCount(1) - g1,
                GC.CollectionCount(2) - g2));
            // A stage's result may be a tuple (read data: the data and the check-ins; config + theme: three parts):
            // its parts are looked at one by one, so a stage that gains a part does not blind the profiler.
            IEnumerable<object?> parts = result is System.Runtime.CompilerServices.ITuple tuple
                ? Enumerable.Range(0, tuple.Length).Select(i => tuple[i])
                : [result];
            foreach (var part in parts)
            {
                switch (part)
                {
                    case DataSet data:
                        Data = data;
                        break;
                    case ChartStage.Result charts:
                        Charts = charts;
                        break;
                    case Theme theme:
                        Theme = theme;
                        break;
                }
            }

            return result;
        }
    }

    /// <summary>Forwards to the real sink and counts files and bytes by extension (bytes of files linked from the chart cache are read for the count).</summary>
    private sealed class TallySink(IOutputSink inner) : IOutputSink
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _bytes = new(StringComparer.OrdinalIgnoreCase);
        private int _count;

        public int Count => _count;

        public long BytesOf(string extension) => _bytes.GetValueOrDefault(extension);

        public void Write(string path, byte[] content)
        {
            inner.Write(path, content);
            Add(path, content.Length);
        }

        public void WriteStream(string path, Action<Stream> write)
        {
            long length = 0;
            inner.WriteStream(path, stream =>
            {
                write(stream);
                length = stream.Length;
            });
            Add(path, length);
        }

        public void WriteFrom(string path, string source)
        {
            inner.WriteFrom(path, source);
            Add(path, new FileInfo(source).Length);
        }

        private void Add(string path, long length)
        {
            _bytes.AddOrUpdate(Path.GetExtension(path), length, (_, sum) => sum + length);
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

    private static int Fail(IReadOnlyList<Diagnostic> sorted)
    {
        foreach (var d in sorted.Take(30))
        {
            Console.Error.WriteLine(d.ToString());
        }

        Console.Error.WriteLine(string.Create(Inv, $"{sorted.Count(d => d.IsError)} errors, {sorted.Count(d => !d.IsError)} warnings"));
        return 1;
    }
}
