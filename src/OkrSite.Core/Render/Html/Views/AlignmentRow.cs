namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// One line of the alignment tree, in page order: the tree is a flat list so that a template draws it with a loop,
/// not with recursion, however deep it is. <see cref="Level"/> is the depth (1 at a root). An objective is shown in
/// full once, under the first objective it aligns to; under its other parents it is a <see cref="IsReference"/> line
/// that links to the full one. <see cref="Opens"/> says a nested list of its children follows; after a line that
/// does not open one, <see cref="Closes"/> nested lists end.
/// </summary>
internal sealed record AlignmentRow(ObjectiveView Objective, int Level, bool IsReference, bool Opens, int Closes)
{
    /// <summary>The element id of the objective's full entry, which its references link to: by key, since ids repeat across periods.</summary>
    public string Anchor => $"objective-{Objective.Key}";

    /// <summary>Deeper than the lists nest on the page (<see cref="ViewBuilder.MaxNesting"/>): shown at that depth, with its level.</summary>
    public bool IsFlattened => Level > ViewBuilder.MaxNesting;

    /// <summary>The objective's period when it is not the page's (an annual parent on a quarter's tree); null otherwise.</summary>
    public string? PeriodTag { get; init; }

    /// <summary>What it also aligns to outside this period's tree (an objective of another quarter), each with its period.</summary>
    public IReadOnlyList<LinkView> Elsewhere { get; init; } = [];
}

/// <summary>One period's alignment tree with the selector of the periods around it (<see cref="Periods"/>: its year's, and the neighbouring years').</summary>
internal sealed record AlignmentView(string Period, IReadOnlyList<PeriodLinkView> Periods, IReadOnlyList<AlignmentRow> Rows)
{
    /// <summary>How many objectives the tree shows in full.</summary>
    public int ObjectiveCount => Rows.Count(r => !r.IsReference);
}

/// <summary>A link of the period selector; <see cref="IsCurrent"/> marks the page's own period (aria-current).</summary>
internal sealed record PeriodLinkView(string Title, string Url, bool IsCurrent);
