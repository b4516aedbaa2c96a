using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// The outcome of a build: the report when one could be computed, every diagnostic sorted, whether the output was
/// published, and how many files it has. <see cref="Files"/> holds the files themselves only when the build did not
/// write (check, tests): a written site streams its files to disk instead of holding them.
/// </summary>
public sealed record BuildResult(Report? Report, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, bool Published)
{
    public int FileCount { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => ErrorCount == 0;

    /// <summary>Time and allocations of each stage that ran.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>
    /// True when nothing the build reads changed since the recorded build of this output and the output was left as
    /// that build wrote it (<see cref="BuildOptions.SkipUnchanged"/>): <see cref="Report"/> is null, and
    /// <see cref="Diagnostics"/>, <see cref="Summary"/> and <see cref="FileCount"/> are that build's.
    /// </summary>
    public bool UpToDate { get; init; }

    /// <summary>What the command line prints about the build: from the report, or from the record of a skipped build.</summary>
    public BuildSummary? Summary
    {
        get => _summary ?? (Report is null ? null : BuildSummary.Of(Report));
        init => _summary = value;
    }

    private readonly BuildSummary? _summary;

    /// <summary>An on-demand build's files (<see cref="BuildOptions.OnDemand"/>), made when asked for; null otherwise.</summary>
    public OnDemandSite? OnDemand { get; init; }

    /// <summary>The archive of <see cref="BuildOptions.Freeze"/>'s period, made from this build's figures; null otherwise.</summary>
    public PeriodArchive? Archive { get; init; }
}
