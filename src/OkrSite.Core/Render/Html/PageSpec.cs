namespace OkrSite.Core.Render.Html;

/// <summary>One page to render: its output path, the template of its kind, its title, and the view it shows as <c>model</c>.</summary>
internal sealed record PageSpec(string Path, string Template, string Kind, string Title, object Model, string? Description = null);
