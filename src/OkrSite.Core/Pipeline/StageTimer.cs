using System.Diagnostics;

namespace OkrSite.Core.Pipeline;

/// <summary>Measures the stages of one build, so that a slow stage is visible to users (<c>okrsite build --timings</c>).</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work, Func<T, int>? count = null, string? countOf = null)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        _stages.Add(new StageTiming(stage, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: false) - allocated, count?.Invoke(result), countOf));
        return result;
    }
}
