using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>What changed in the live inputs of a frozen period since it was frozen.</summary>
public enum DriftKind
{
    /// <summary>A title of an objective or key result was edited.</summary>
    Title,

    /// <summary>A key result's target was edited (target drift).</summary>
    Target,

    /// <summary>A key result's written baseline was edited, or the data before the period now gives another one.</summary>
    Baseline,

    /// <summary>A key result's weight was edited.</summary>
    Weight,

    /// <summary>A computed figure (current value, score, status) would now differ: the data or a written value changed.</summary>
    Figure,

    /// <summary>An objective or key result was added to the period after the freeze.</summary>
    Added,

    /// <summary>An objective or key result of the archive is no longer in the content.</summary>
    Removed,
}

/// <summary>
/// One difference between a frozen figure and what the live inputs would now give. <see cref="KeyResult"/> is null
/// for an objective's own figure; <see cref="Frozen"/> and <see cref="Now"/> are the values as text (null: none).
/// <see cref="At"/> is where the changed value is written when known (the objective file), else the archive.
/// </summary>
public sealed record Drift(DriftKind Kind, string Objective, string? KeyResult, string Field, string? Frozen, string? Now, SourceSpan At);

/// <summary>
/// A period the build showed from its archive: when it was frozen, the input hash then and now, and what would now
/// differ. <see cref="InputHashNow"/> differs from <see cref="InputHash"/> also for an edit that changes no figure.
/// </summary>
public sealed record FrozenPeriod(Period Period, DateOnly FrozenOn, DateOnly AsOf, string InputHash, string InputHashNow, string File, ImmutableArray<Drift> Drift);
