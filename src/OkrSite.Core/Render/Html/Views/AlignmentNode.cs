namespace OkrSite.Core.Render.Html.Views;

/// <summary>One objective in the alignment tree with the objectives that align to it.</summary>
public sealed record AlignmentNode(ObjectiveView Objective, IReadOnlyList<AlignmentNode> Children);
