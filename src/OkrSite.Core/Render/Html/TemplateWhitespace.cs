using System.Text;
using Scriban.Syntax;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// Drops the indentation of a template's own text once, when the theme parses it: every run of whitespace becomes one
/// line break when it holds one, else one space. The templates are indented for their readers, and the pages repeated
/// that indentation (about a megabyte on a medium site). A browser collapses any run of whitespace into one space
/// (and drops it at a line's start), so a page reads and looks the same; the text between <c>&lt;pre&gt;</c>,
/// <c>&lt;textarea&gt;</c> or <c>&lt;script&gt;</c> and its end tag is left as written, since there it shows. Only
/// the template's text is changed, never a value it writes (Markdown's code blocks stay as they are).
/// </summary>
internal static class TemplateWhitespace
{
    private static readonly string[] Verbatim = ["pre", "textarea", "script"];

    /// <summary>Collapses the whitespace runs of every text statement of a parsed template, in document order.</summary>
    public static void Collapse(ScriptNode page) => new Collapser().Visit(page);

    /// <summary>
    /// <paramref name="text"/> with every run of whitespace made one '\n' (when it holds one) or one ' ', outside a verbatim
    /// element. <paramref name="verbatim"/> is the element open at the start (null for none) and, on return, the one
    /// still open at the end: an element may open in one text statement and close in a later one.
    /// </summary>
    public static string Collapse(string text, ref string? verbatim)
    {
        StringBuilder? result = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (verbatim is not null)
            {
                var close = text.IndexOf("</" + verbatim, i, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    break;
                }

                verbatim = null;
                i = close + 2;
                continue;
            }

            var c = text[i];
            if (c == '<')
            {
                verbatim = Opens(text, i + 1);
                i++;
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var end = i;
            var breaks = false;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                breaks |= text[end] == '\n';
                end++;
            }

            var one = breaks ? '\n' : ' ';
            if (end - i > 1 || c != one)
            {
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, i - copied).Append(one);
                copied = end;
            }

            i = end;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The verbatim element whose start tag begins at <paramref name="at"/> (after its '&lt;'), or null.</summary>
    private static string? Opens(string text, int at)
    {
        foreach (var name in Verbatim)
        {
            var after = at + name.Length;
            if (after <= text.Length && string.Compare(text, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == text.Length || text[after] is '>' or '/' || char.IsWhiteSpace(text[after])))
            {
                return name;
            }
        }

        return null;
    }

    private sealed class Collapser : ScriptVisitor
    {
        private string? _verbatim;

        public override void Visit(ScriptRawStatement node)
        {
            var text = node.Text.ToString();
            var collapsed = Collapse(text, ref _verbatim);
            if (!ReferenceEquals(collapsed, text))
            {
                node.Text = new ScriptStringSlice(collapsed);
            }

            base.Visit(node);
        }
    }
}
