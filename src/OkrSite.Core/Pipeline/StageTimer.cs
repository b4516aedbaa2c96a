using System.Diagnostics;

namespace OkrSite.Core.Pipeline;

/// <summary>Measures the stages of one build, so that a slow stage is visible to users (<c>okrsite build --timings</c>).</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Replaces what the last stage's count counts, e.g. to say how many charts came from the cache.</summary>
    public void Annotate(string countOf)
    {
        if (_stages.Count > 0)
        {
            _stages[^1] = _stages[^1] with { CountOf = countOf };
        }
    }

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
