using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>A team as written in content/teams/&lt;id&gt;.md.</summary>
internal sealed record TeamDefinition(string Id, SourceSpan Source, string Name, Located<string>? Parent, MarkdownText Body)
{
    /// <summary>The front matter's <c>coach:</c> switch, carried onto the model for the coach stage.</summary>
    public CoachSwitch Coach { get; init; } = CoachSwitch.On;
}
