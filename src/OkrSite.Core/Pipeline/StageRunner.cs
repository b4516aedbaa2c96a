using System.Diagnostics;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// Runs the stages of one build in the order of <see cref="BuildStage.All"/>, times each one (what
/// <c>okrsite build --timings</c> shows), passes each through the hook, if there is one, and tells
/// <paramref name="progress"/> when each starts and ends (of <paramref name="of"/> stages in all).
/// </summary>
internal sealed class StageRunner(IStageHook? hook = null, Action<StageProgress>? progress = null, int of = 0)
{
    /// <summary>The stages this build runs when nothing stops it (numbered from 1 in the progress).</summary>
    private readonly List<string> _plan = [.. StageProgress.Plan(of == 0 ? StageProgress.Stages(write: true).Count : of)];

    private readonly List<StageTiming> _stages = [];
    private int _next;

    public IReadOnlyList<StageTiming> Timings => _stages;

    /// <summary>
    /// The parts of a stage each run through the hook when it splits them; null lets the stage run its parts as it
    /// sees fit (in parallel where it can).
    /// </summary>
    public Action<string, Action>? Parts => hook is { SplitsParts: true } splitting
        ? (name, work) => splitting.Run(name, () =>
        {
            work();
            return true;
        })
        : null;

    /// <summary>Runs <paramref name="work"/> as <paramref name="stage"/>; <paramref name="count"/> says what it made ("6 charts").</summary>
    /// <exception cref="InvalidOperationException">The stage is not in <see cref="BuildStage.All"/>, or comes before one that ran: a bug.</exception>
    public T Run<T>(string stage, Func<T> work, Func<T, int>? count = null, string? countOf = null) =>
        Run(stage, work, count, countOf is null ? null : _ => countOf);

    /// <summary>
    /// As <see cref="Run{T}(string, Func{T}, Func{T, int}?, string?)"/>, with what the count counts known only once
    /// the stage is done ("6 charts, 4 from the cache"), so that the progress is told the final words.
    /// </summary>
    public T Run<T>(string stage, Func<T> work, Func<T, int>? count, Func<T, string>? countOf)
    {
        var index = BuildStage.All.IndexOf(stage);
        if (index < _next)
        {
            throw new InvalidOperationException(index < 0 ? $"'{stage}' is not a stage of BuildStage.All" : $"stage '{stage}' runs after '{BuildStage.All[_next - 1]}', against the order of BuildStage.All");
        }

        _next = index + 1;
        var planned = _plan.IndexOf(stage);
        var number = planned >= 0 ? planned + 1 : index + 1;
        var total = Math.Max(of, number);
        progress?.Invoke(new StageProgress(stage, number, total));
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        var result = hook is null ? work() : hook.Run(stage, work);
        clock.Stop();
        var timing = new StageTiming(stage, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: false) - allocated, count?.Invoke(result), countOf?.Invoke(result));
        _stages.Add(timing);
        progress?.Invoke(new StageProgress(stage, number, total, timing));
        return result;
    }

    /// <summary>Replaces what the last stage's count counts, e.g. to say how many charts came from the cache.</summary>
    public void Annotate(string countOf)
    {
        if (_stages.Count > 0)
        {
            _stages[^1] = _stages[^1] with { CountOf = countOf };
        }
    }

    /// <summary>The sink the render stages write into: <paramref name="sink"/>, or the hook's wrapper around it.</summary>
    public IOutputSink Observe(IOutputSink sink) => hook?.Observe(sink) ?? sink;
}
