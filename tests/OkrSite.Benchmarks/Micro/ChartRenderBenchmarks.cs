using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Benchmarks.Micro;

/// <summary>
/// One chart, as the chart stage draws it (ScottPlot → SVG, cleaned, painted light and dark): a KPI trend over a
/// quarter, one, two and three years of daily values, and a key-result chart over one quarter. Target: under 5 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ChartRenderBenchmarks
{
    private Fixtures.Built _site = null!;
    private Kpi _kpi = null!;
    private Objective _objective = null!;
    private KeyResult _kr = null!;

    [Params(92, 366, 731, 1096)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = Fixtures.Build("small", charts: false);
        var template = _site.Report.Kpis.First(k => !k.Series.IsEmpty && k.Green is not null && k.Red is not null);
        var rng = new Random(42);
        var v = template.Series.Points[0].Value;
        var points = ImmutableArray.CreateBuilder<DataPoint>(Points);
        for (var i = 0; i < Points; i++)
        {
            v *= 1 + ((rng.NextDouble() - 0.5) * 0.02);
            points.Add(new DataPoint(_site.Report.AsOf.AddDays(i - Points + 1), Math.Round(v, 2), i % 97 == 5 ? "Campaign launched" : null));
        }

        var series = new Series(template.Id, points.MoveToImmutable());
        _kpi = template with { Series = series, Latest = series.Points[^1] };
        (_objective, _kr) = _site.Report.Objectives
            .Where(o => o.Period == _site.Report.Period)
            .SelectMany(o => o.KeyResults.Where(k => k.Metric is not null && k.Score is not null).Select(k => (o, k)))
            .First();
    }

    [Benchmark]
    public int KpiTrend() => ChartRenderer.KpiTrend(_kpi, _site.Report.AsOf).Utf8.Length;

    /// <summary>Independent of <see cref="Points"/> (the quarter of the small site's current period); shown once per row.</summary>
    [Benchmark]
    public int KeyResultQuarter() => ChartRenderer.KeyResult(_objective, _kr, _site.Report.AsOf).Utf8.Length;
}
