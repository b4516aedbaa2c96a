using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Validate;

namespace OkrSite.Benchmarks;

/// <summary>
/// Draws the first N KPI trends and N key-result charts of a site one by one, single-threaded, R rounds, and prints the
/// median time and the allocation per chart of each kind. Long rounds make a steady workload to profile
/// (e.g. under dotnet-trace); the median over rounds is less noisy on a busy machine than one pass.
/// </summary>
public static class ChartLoop
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string siteDir, int count, int rounds)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(siteDir, diagnostics) ?? throw new ArgumentException($"'{siteDir}' has no valid site.json");
        var content = ContentLoader.Load(siteDir, diagnostics);
        var data = DataLoader.Load(siteDir, config, diagnostics);
        var asOf = ReportDate.AsOf(null, config, data) ?? throw new ArgumentException("no report date");
        var valid = ContentValidator.Validate(content, data, diagnostics);
        var report = ReportBuilder.Build(config, valid, data, asOf, ReportDate.Period(null, config, valid, asOf));

        var kpis = report.Kpis.Where(k => !k.Series.IsEmpty).Take(count).ToList();
        var krs = report.Objectives
            .SelectMany(o => o.KeyResults.Where(k => k.Metric is not null && data.Find(k.Metric) is { IsEmpty: false }).Select(k => (o, k)))
            .Take(count).ToList();
        Func<Core.Model.Kpi, ChartImage> kpi = k => ChartRenderer.KpiTrend(k, report.AsOf);
        Func<(Core.Model.Objective o, Core.Model.KeyResult k), ChartImage> kr = x => ChartRenderer.KeyResult(x.o, x.k, report.AsOf);

        // Untimed warm-up of both kinds: the JIT tiers hot methods up (with PGO) only after many calls, and the first
        // kind measured would otherwise pay for the code both share.
        Warm(kpis, kpi);
        Warm(krs, kr);
        Measure("kpi", kpis, kpi, rounds);
        Measure("kr", krs, kr, rounds);

        // ScottPlot's fixed cost: a plot without data, styled as ours (our font, axes, grid) and with its limits set,
        // rendered once to Skia's SVG at the size of each drawing, without our drawing, tidying or painting. A
        // chart cannot cost less with ScottPlot. (A bare new Plot() is no floor: it autoscales, so it renders again
        // until its limits settle, and looks its font up in the system.)
        List<int> empty = [.. Enumerable.Range(0, Math.Max(1, Math.Max(kpis.Count, krs.Count)))];
        Warm(empty, _ => EmptyPlot());
        Measure("floor", empty, _ => EmptyPlot(), rounds);
        return 0;
    }

    /// <summary>The empty plot rendered to SVG once per layout; the SVG's length, so that nothing is optimised away.</summary>
    private static object EmptyPlot()
    {
        ChartFont.EnsureRegistered();
        long length = 0;
        foreach (var layout in ChartLayout.All)
        {
            using var plot = new ScottPlot.Plot();
            ChartStyle.Apply(plot, layout, null, v => v.ToString("0.##", Inv));
            plot.Axes.SetLimits(0, 1, 0, 1);
            using var svg = ScottPlotBackend.SvgData(plot, layout.Width, layout.Height);
            length += svg.Size;
        }

        return length;
    }

    private static void Warm<T>(List<T> items, Func<T, object> draw)
    {
        for (var i = 0; i < 500 && items.Count > 0; i++)
        {
            draw(items[i % items.Count]);
        }
    }

    private static void Measure<T>(string kind, List<T> items, Func<T, object> draw, int rounds)
    {
        if (items.Count == 0)
        {
            return;
        }

        var times = new List<double>(items.Count * rounds);
        var threadTimes = new List<double>(items.Count * rounds);
        long bytes = 0;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var item in items)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var threadStart = ThreadCpuMs();
                var watch = Stopwatch.StartNew();
                draw(item);
                times.Add(watch.Elapsed.TotalMilliseconds);
                threadTimes.Add(ThreadCpuMs() - threadStart);
                bytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }

        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        times.Sort();
        threadTimes.Sort();

        // On a busy machine wall time includes the time the thread waited for a core. The thread's own CPU time
        // (Linux) does not, and the process's CPU time per chart adds the GC's, the finalizer's and the JIT's.
        var thread = threadTimes[0] < 0 ? "n/a" : threadTimes[threadTimes.Count / 2].ToString("F3", Inv) + " ms";
        Console.WriteLine(string.Create(Inv, $"{kind,-5} {items.Count} charts x {rounds}: median {times[times.Count / 2]:F3} ms, p10 {times[times.Count / 10]:F3} ms, p90 {times[times.Count * 9 / 10]:F3} ms; thread CPU median {thread}; process CPU {cpuMs:F3} ms and {bytes / 1024.0 / times.Count:F0} KB per chart"));
    }

    /// <summary>The calling thread's CPU time in ms (CLOCK_THREAD_CPUTIME_ID), or -1 where there is none.</summary>
    private static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        return ClockGetTime(3, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : -1;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
