using BenchmarkDotNet.Attributes;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;

namespace OkrSite.Benchmarks.Micro;

/// <summary>
/// The compute stage on the medium site (≈1,000 objectives, ≈4,000 KRs, 300 KPIs × 731 days): one key result
/// (KeyResultCalculator.Compute: series lookup, two binary searches, score, status), one objective's weighted mean,
/// and the whole stage (validation + ReportBuilder.Build). Per-KR and per-objective times are per operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ScoringBenchmarks
{
    public const int KeyResults = 4_000;
    public const int Objectives = 1_000;

    private Fixtures.Built _site = null!;
    private (KeyResultDefinition Kr, Period Period)[] _krs = [];
    private (double? Score, double Weight)[][] _objectiveScores = [];
    private Dictionary<string, KpiDefinition> _kpis = [];

    [GlobalSetup]
    public void Setup()
    {
        _site = Fixtures.Build("medium", charts: false);
        var all = _site.Content.Objectives.SelectMany(o => o.KeyResults.Select(kr => (kr, o.Period))).ToArray();
        _krs = [.. Enumerable.Range(0, KeyResults).Select(i => all[i % all.Length])];
        var objectives = _site.Report.Objectives;
        _objectiveScores = [.. Enumerable.Range(0, Objectives).Select(i => objectives[i % objectives.Length].KeyResults.Select(k => (k.Score, k.Weight)).ToArray())];
        _kpis = _site.Content.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        Console.WriteLine($"// medium: {_site.Report.Objectives.Length} objectives, {all.Length} KRs");
    }

    [Benchmark(OperationsPerInvoke = KeyResults)]
    public double KeyResultCalculatorCompute()
    {
        double sum = 0;
        foreach (var (kr, period) in _krs)
        {
            sum += KeyResultCalculator.Compute(kr, period, _site.Report.AsOf, _site.Data, _kpis, ScoringOptions.Default).Score ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Objectives)]
    public double ObjectiveWeightedMean()
    {
        double sum = 0;
        foreach (var scores in _objectiveScores)
        {
            sum += Scoring.WeightedMean(scores) ?? 0;
        }

        return sum;
    }

    [Benchmark]
    public int ComputeStage()
    {
        var diagnostics = new DiagnosticBag();
        var valid = ContentValidator.Validate(_site.Content, _site.Data, diagnostics);
        return ReportBuilder.Build(_site.Config, valid, _site.Data, _site.Report.AsOf, _site.Report.Period).Objectives.Length;
    }
}
