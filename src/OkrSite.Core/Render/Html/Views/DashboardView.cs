namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// The front page (and every periods/&lt;p&gt;/ page): one period's summary (the Report's), its objectives in
/// <see cref="Groups"/> attention first (the company's, then by the objective they align to), the objectives off
/// track or at risk (<see cref="NeedsAttention"/>, worst first) and the KPIs that need attention.
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
    IReadOnlyList<DashboardGroupView> Groups,
    IReadOnlyList<ObjectiveView> Enclosing,
    IReadOnlyList<KpiView> Attention,
    IntroView Intro,
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

    /// <summary>How many objectives are behind plan (missed, once ended): the headline "2 of 3 objectives behind plan".</summary>
    public int Behind { get; init; }

    /// <summary>The headline's split bar, worst first; empty without objectives.</summary>
    public IReadOnlyList<SplitSegment> Split { get; init; } = [];
}

/// <summary>
/// One group of cards: <see cref="Kind"/> "company", "aligned" (under <see cref="Parent"/>, shown with its own score
/// and status, which may be in a longer period) or "not-aligned"; <see cref="AlsoAligned"/> are shown under another group.
/// </summary>
internal sealed record DashboardGroupView(string Kind, ObjectiveView? Parent, IReadOnlyList<ObjectiveView> Objectives, IReadOnlyList<LinkView> AlsoAligned);

/// <summary>A segment of the split bar: its status (or verdict), how many objectives have it and its width in percent.</summary>
internal sealed record SplitSegment(Badge Status, int Count, int Percent);

/// <summary>content/index.md on the front page: <see cref="Lead"/> is shown, <see cref="More"/> folds (empty: nothing to fold).</summary>
internal sealed record IntroView(RawHtml Lead, RawHtml More)
{
    public static IntroView None { get; } = new(RawHtml.Empty, RawHtml.Empty);
}

internal sealed record StatusCount(Badge Status, int Count);
