namespace OkrSite.Core.Render.Html.Views;

internal sealed record TeamView(
    string Id,
    string Name,
    string Url,
    LinkView? Parent,
    IReadOnlyList<LinkView> Children,
    IReadOnlyList<PeriodGroupView> Objectives,
    IReadOnlyList<KpiView> Kpis,
    RawHtml Body,
    IReadOnlyList<RollupView> Rollups)
{
    public int ObjectiveCount => Objectives.Sum(g => g.Objectives.Count);

    /// <summary>The OKR coach's findings about this team, its objectives and KPIs; null when there are none.</summary>
    public CoachPanelView? Coach { get; init; }
}

internal sealed record PeriodGroupView(string Period, IReadOnlyList<ObjectiveView> Objectives);

/// <summary>A team's roll-up in one period: its own objectives and its sub-teams', counted and scored (the Report's figures).</summary>
internal sealed record RollupView(string Period, int ObjectiveCount, string Score, int Percent, Badge Status, IReadOnlyList<StatusCount> Counts);
