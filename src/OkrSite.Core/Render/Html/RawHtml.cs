namespace OkrSite.Core.Render.Html;

/// <summary>
/// HTML that OkrSite produced itself and that must be written as is: rendered Markdown, chart markup, the output of
/// a partial. Every other value a template writes is HTML-escaped (see <see cref="HtmlTemplateContext"/>).
/// </summary>
internal sealed record RawHtml(string Html) : IHtml
{
    public static RawHtml Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}
