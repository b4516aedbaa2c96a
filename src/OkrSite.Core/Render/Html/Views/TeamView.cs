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

    /// <summary>The team and its sub-teams in the reporting period; null when none of them has objectives there.</summary>
    public RollupView? Current { get; init; }

    /// <summary>Each direct sub-team with its own roll-up (its sub-teams included) in the reporting period, by name.</summary>
    public IReadOnlyList<SubTeamView> SubTeams { get; init; } = [];
}

internal sealed record SubTeamView(LinkView Team, RollupView? Rollup);

/// <summary>The teams index: the hierarchy as rows (see <see cref="AlignmentRow"/> for how lists open and close) with each team's roll-up in <see cref="Period"/>.</summary>
internal sealed record TeamsView(string Period, IReadOnlyList<TeamRow> Rows);

internal sealed record TeamRow(TeamView Team, int Level, bool Opens, int Closes, RollupView? Rollup)
{
    public bool IsFlattened => Level > ViewBuilder.MaxNesting;
}

internal sealed record PeriodGroupView(string Period, IReadOnlyList<ObjectiveView> Objectives);

/// <summary>A team's roll-up in one period: its own objectives and its sub-teams', counted and scored (the Report's figures).</summary>
internal sealed record RollupView(string Period, int ObjectiveCount, string Score, int Percent, Badge Status, IReadOnlyList<StatusCount> Counts)
{
    /// <summary>How many are behind plan (at risk or off track) while the period runs.</summary>
    public int Behind { get; init; }

    /// <summary>The period has ended: <see cref="Counts"/> are verdicts.</summary>
    public bool Final { get; init; }

    /// <summary><see cref="Counts"/> as the segments of a split bar.</summary>
    public IReadOnlyList<SplitSegment> Split { get; init; } = [];
}
