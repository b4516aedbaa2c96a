using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// Watches a build from inside without copying its pipeline: the benchmark's profiler adds CPU time, allocations
/// and collections to each stage, splits the stages that have parts, and counts the bytes written.
/// </summary>
internal interface IStageHook
{
    /// <summary>Runs <paramref name="work"/> as the stage (or part of a stage) named <paramref name="stage"/> and returns its result.</summary>
    T Run<T>(string stage, Func<T> work);

    /// <summary>True to have the parts of a stage (<c>SiteRenderer.Parts</c>) run one after another, each through <see cref="Run"/>.</summary>
    bool SplitsParts => false;

    /// <summary>The sink the render stages write into, given the real one; the hook may wrap it to count what is written.</summary>
    IOutputSink Observe(IOutputSink sink) => sink;
}
