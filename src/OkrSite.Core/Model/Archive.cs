using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// A period frozen by <c>okrsite freeze</c> (content/archive/&lt;period&gt;.json): the figures its pages showed
/// when it was presented, and the hash of the inputs they came from. Later builds show these figures instead of
/// recomputing them, so an export whose rolling window dropped the period still shows it as presented.
/// </summary>
public sealed record PeriodArchive(
    Period Period,
    DateOnly FrozenOn,
    DateOnly AsOf,
    string Version,
    string InputHash,
    ImmutableArray<ArchivedObjective> Objectives)
{
    /// <summary>The version of the archive format this writer writes and this reader reads.</summary>
    public const int Format = 1;

    /// <summary>The archive file, relative to the site folder; empty for an archive not read from a file.</summary>
    public string File { get; init; } = string.Empty;
}

/// <summary>An objective's figures as frozen: every figure its page shows, by name.</summary>
public sealed record ArchivedObjective(
    string Id,
    string Title,
    string? Team,
    double? Score,
    double Expected,
    Status Status,
    ImmutableArray<ArchivedKeyResult> KeyResults)
{
    /// <summary>Where the objective is written in the archive file (for "removed since the freeze").</summary>
    public SourceSpan At { get; init; } = SourceSpan.None;

    /// <summary>Committed or aspirational as frozen; null in an archive that does not record it (the live kind is shown).</summary>
    public ObjectiveKind? Kind { get; init; }

    /// <summary>The final grade as frozen; null when none was recorded.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>The confidence as frozen (0–10); null without check-ins.</summary>
    public double? Confidence { get; init; }
}

/// <summary>A key result's figures as frozen, with the points its chart showed (<see cref="Window"/>).</summary>
public sealed record ArchivedKeyResult(
    string Id,
    string Title,
    KeyResultType Type,
    string? Metric,
    string? Unit,
    double? Baseline,
    double? Target,
    double? Current,
    DateOnly? CurrentDate,
    double Weight,
    bool Done,
    double? Progress,
    double? Score,
    bool ManualScore,
    Status Status,
    double? Plan,
    ImmutableArray<DataPoint> Window)
{
    public SourceSpan At { get; init; } = SourceSpan.None;

    /// <summary>The final grade as frozen; null when none was recorded.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>The latest check-in's confidence as frozen (0–10); null without one.</summary>
    public double? Confidence { get; init; }
}
