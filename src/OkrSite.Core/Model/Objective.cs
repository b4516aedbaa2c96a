using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>An objective with its scores and both directions of alignment (<see cref="AlignsTo"/> up, <see cref="Children"/> down).</summary>
public sealed record Objective(
    string Id,
    string Title,
    Period Period,
    string? Team,
    string? Owner,
    ImmutableArray<string> AlignsTo,
    ImmutableArray<string> Children,
    double? Score,
    double Expected,
    Status Status,
    ImmutableArray<KeyResult> KeyResults,
    MarkdownText Body,
    SourceSpan Source);
