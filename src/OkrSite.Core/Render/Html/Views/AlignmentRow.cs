namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// One line of the alignment tree, in page order: the tree is a flat list so that a template draws it with a loop,
/// not with recursion, however deep it is. <see cref="Level"/> is the depth (1 for an objective that aligns to
/// nothing). An objective is shown in full once, under the first objective it aligns to; under its other parents it
/// is a <see cref="IsReference"/> line that links to the full one. <see cref="Opens"/> says a nested list of its
/// children follows; after a line that does not open one, <see cref="Closes"/> nested lists end.
/// </summary>
internal sealed record AlignmentRow(ObjectiveView Objective, int Level, bool IsReference, bool Opens, int Closes)
{
    /// <summary>The element id of the objective's full entry, which its references link to: by key, since ids repeat across periods.</summary>
    public string Anchor => $"objective-{Objective.Key}";

    /// <summary>Deeper than the lists nest on the page (<see cref="ViewBuilder.MaxNesting"/>): shown at that depth, with its level.</summary>
    public bool IsFlattened => Level > ViewBuilder.MaxNesting;
}
