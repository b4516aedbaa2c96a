using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>An objective as written in content/okrs/**/&lt;id&gt;.md.</summary>
public sealed record ObjectiveDefinition(
    string Id,
    SourceSpan Source,
    string Title,
    Period Period,
    Located<string>? Team,
    string? Owner,
    ImmutableArray<Located<string>> AlignsTo,
    ImmutableArray<KeyResultDefinition> KeyResults,
    MarkdownText Body);
