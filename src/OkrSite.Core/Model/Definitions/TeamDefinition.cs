using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>A team as written in content/teams/&lt;id&gt;.md.</summary>
internal sealed record TeamDefinition(string Id, SourceSpan Source, string Name, Located<string>? Parent, MarkdownText Body);
