using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>The outcome of a build: the report when one could be computed, every diagnostic sorted, and the files written.</summary>
public sealed record BuildResult(Report? Report, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, bool Published)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => ErrorCount == 0;

    /// <summary>Time and allocations of each stage that ran.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}
