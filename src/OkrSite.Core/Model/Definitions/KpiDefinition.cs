using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>A KPI as written in content/kpis/&lt;id&gt;.md. Its id is also the metric id of its series in the data.</summary>
internal sealed record KpiDefinition(
    string Id,
    SourceSpan Source,
    string Name,
    string? Unit,
    Direction Direction,
    Indicator? Indicator,
    Frequency? Frequency,
    string? Owner,
    string? DataSource,
    Located<string>? Team,
    double? Target,
    double? Green,
    double? Red,
    MarkdownText Body)
{
    /// <summary>The front matter's <c>coach:</c> switch, carried onto the model for the coach stage.</summary>
    public CoachSwitch Coach { get; init; } = CoachSwitch.On;
}
