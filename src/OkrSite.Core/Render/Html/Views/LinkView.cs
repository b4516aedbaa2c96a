namespace OkrSite.Core.Render.Html.Views;

/// <summary>A link to another page. <see cref="Url"/> is relative to the site root ("objectives/x/"); templates prefix page.root.</summary>
internal sealed record LinkView(string Title, string Url, Badge? Badge = null, string? Meta = null);
