namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// The front page (and every periods/&lt;p&gt;/ page): one period's summary (the Report's), its objectives by team,
/// the objectives off track or at risk (<see cref="NeedsAttention"/>, worst first) and the KPIs that need attention.
/// <see cref="Newer"/> and <see cref="Older"/> are the neighbouring periods that have objectives; only the periods index lists them all.
/// </summary>
internal sealed record DashboardView(
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
    int KeyResultCount,
    IReadOnlyList<StatusCount> KeyResultCounts,
    IReadOnlyList<ObjectiveView> NeedsAttention,
    LinkView? Newer = null,
    LinkView? Older = null)
{
    /// <summary>The OKR coach's findings of this period; null when there are none.</summary>
    public CoachPanelView? Coach { get; init; }

    /// <summary>Set when the period has ended: its page is final, as of its last day; null while it runs.</summary>
    public PeriodEndView? Final { get; init; }

    /// <summary>The "frozen on" note when the period is shown from its archive; null otherwise.</summary>
    public FrozenView? Frozen { get; init; }
}

internal sealed record TeamGroupView(string Name, LinkView? Team, IReadOnlyList<ObjectiveView> Objectives);

internal sealed record StatusCount(Badge Status, int Count);
