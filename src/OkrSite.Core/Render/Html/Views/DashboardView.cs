namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// The front page (and every periods/&lt;p&gt;/ page): one period's objectives by team, and the KPIs that need attention.
/// <see cref="Newer"/> and <see cref="Older"/> are the neighbouring periods that have objectives; only the periods index lists them all.
/// </summary>
public sealed record DashboardView(
    string Period,
    bool IsCurrent,
    string Score,
    int Percent,
    Badge Status,
    string Expected,
    int ExpectedPercent,
    int ObjectiveCount,
    IReadOnlyList<StatusCount> Counts,
    IReadOnlyList<TeamGroupView> Groups,
    IReadOnlyList<ObjectiveView> Enclosing,
    IReadOnlyList<KpiView> Attention,
    RawHtml Intro,
    LinkView? Newer = null,
    LinkView? Older = null);

public sealed record TeamGroupView(string Name, LinkView? Team, IReadOnlyList<ObjectiveView> Objectives);

public sealed record StatusCount(Badge Status, int Count);
