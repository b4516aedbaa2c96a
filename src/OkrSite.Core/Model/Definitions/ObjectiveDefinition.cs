using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>
/// An objective as written in content/okrs/**/&lt;id&gt;.md. <see cref="AlignsTo"/> holds the references as written
/// (an id or "period/id"); the validate stage resolves each to the <see cref="Key"/> of the objective it names.
/// </summary>
internal sealed record ObjectiveDefinition(
    string Id,
    SourceSpan Source,
    string Title,
    Period Period,
    Located<string>? Team,
    string? Owner,
    ImmutableArray<Located<string>> AlignsTo,
    ImmutableArray<KeyResultDefinition> KeyResults,
    MarkdownText Body)
{
    /// <summary>The objective's identity: ids are unique per period, so "2026-Q3/retention" (<see cref="ObjectiveKey"/>).</summary>
    public string Key => ObjectiveKey.Of(Period, Id);

    /// <summary>Front matter <c>kind</c>: committed or aspirational (the default).</summary>
    public ObjectiveKind Kind { get; init; } = ObjectiveKind.Aspirational;
}
