using Markdig;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Content;

/// <summary>
/// Checks, while the content is read, that a Markdown body is not nested too deeply to render: 100,000 '>' or list
/// markers, '*a ' or '[[[[…' would otherwise only fail in the render stage, where the file is no longer known. Markdig
/// bounds the depth of its own tree (and so the recursion of its renderer) and throws when a document goes deeper.
/// This check parses and renders with half of the renderer's limit (Markdig's default of 128), so whatever extensions
/// the renderer adds, a body that passes here renders.
/// </summary>
internal static class MarkdownDepth
{
    public const int MaxDepth = 64;

    // The renderer's syntax; HTML makes no difference to nesting.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = MaxDepth }
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseListExtras()
        .Build();

    /// <summary>
    /// Every level of nesting Markdown knows (a '>', a list marker, emphasis, a bracket, a table pipe) takes at least one
    /// ASCII punctuation character, so a body with fewer of them than the limit cannot exceed it. That spares ordinary
    /// prose a second parse and render: the page renderer does both again later.
    /// </summary>
    internal static bool CanNestDeeply(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || !char.IsAscii(c) || char.IsWhiteSpace(c) || ++count < MaxDepth)
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="body"/> renders; if not, an error at the line the body starts on.</summary>
    public static bool Check(string file, MarkdownText body, DiagnosticBag diagnostics)
    {
        if (body.IsEmpty || !CanNestDeeply(body.Text))
        {
            return true;
        }

        try
        {
            // Rendered too, not only parsed: emphasis nests only once the inlines are processed, and Markdig checks
            // that depth while it renders.
            Markdown.ToHtml(body.Text, TextWriter.Null, Pipeline);
            return true;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            diagnostics.Add(Codes.MarkdownTooDeep, new SourceSpan(file, Math.Max(1, body.Line), 1), $"the Markdown body is nested more than {MaxDepth} levels deep (block quotes '>', lists, brackets or emphasis inside each other); flatten it");
            return false;
        }
    }
}
