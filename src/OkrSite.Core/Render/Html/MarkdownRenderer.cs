using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// Markdown bodies to HTML with Markdig. Raw HTML is escaped unless site.json allowHtml is true, and then the
/// page's HTML goes through HtmlSanitizer, which keeps ordinary markup (tables, details, spans with classes) and
/// drops scripts, event handlers, frames, objects, forms, style attributes and URLs with schemes that could run code;
/// links whose scheme could run code (javascript:, vbscript:, data:) are neutralised; headings move down one level
/// because the page's own title is the only &lt;h1&gt;.
/// </summary>
internal sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    // Sanitize is thread-safe on an instance that is no longer configured (HtmlSanitizer's README), and pages
    // render in parallel: one instance serves them all.
    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    private readonly MarkdownPipeline _pipeline;
    private readonly bool _allowHtml;

    public MarkdownRenderer(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseListExtras();
        _allowHtml = allowHtml;
        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
    }

    public RawHtml Render(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RawHtml.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        // One walk over the tree for the three rewrites.
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.Level = Math.Min(6, heading.Level + 1);
                    break;
                case LinkInline link when !IsSafe(link.Url):
                    link.Url = "#";
                    link.GetAttributes().AddClass("unsafe-link");
                    break;
                case AutolinkInline autolink when !IsSafe(autolink.Url):
                    autolink.Url = "#";
                    break;
            }
        }

        var html = document.ToHtml(_pipeline).TrimEnd('\n');

        // Without a '<' in the source there is no raw HTML: Markdig's own output needs no second pass.
        return new RawHtml(_allowHtml && markdown.Contains('<', StringComparison.Ordinal) ? Sanitizer.Value.Sanitize(html) : html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");

        // CSS in a style attribute can overlay the page or fetch URLs; content is styled by the theme's classes.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");

        // Classes are how a theme styles content; Markdig writes them too (task lists, neutralised links).
        sanitizer.AllowedAttributes.Add("class");
        return sanitizer;
    }

    /// <summary>Relative URLs and the schemes that only navigate are safe; anything else with a scheme is not.</summary>
    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so compare without them.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || SafeSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal));
    }
}
