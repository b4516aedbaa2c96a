using System.Collections.Concurrent;
using System.Text;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;
using Scriban;
using Scriban.Runtime;

namespace OkrSite.Core.Render.Html;

/// <summary>Renders one page: its kind's template, then the layout around it. Safe to call from many threads.</summary>
/// <param name="text">The interface text templates write with <c>t</c>; the tool's English when not given.</param>
internal sealed class PageRenderer(Theme theme, SiteView site, string baseUrl, UiText? text = null)
{
    public const string Layout = "layouts/base.html";

    // A Scriban context learns the members of every .NET type a template reads (by reflection) and keeps them: a
    // new context per page redid that for every page (a sixth of the page stage). Contexts are reused, one at a time
    // each, so every thread keeps its warm one; a context whose render failed is dropped, its state unknown.
    private readonly ConcurrentBag<HtmlTemplateContext> _contexts = [];

    public byte[] Render(PageSpec spec)
    {
        var root = spec.Kind == "404" ? baseUrl : RootOf(spec.Path);
        var page = new PageView(spec.Title, spec.Kind, spec.Path, root, spec.Description);
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["model"] = spec.Model,
        };

        var context = _contexts.TryTake(out var warm) ? warm : new HtmlTemplateContext(theme, text);
        var content = Run(context, theme.Template(spec.Template), globals, spec);
        globals["content"] = new RawHtml(content);
        var html = Run(context, theme.Template(Layout), globals, spec);
        _contexts.Add(context);
        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>"../../" for objectives/x/index.html, "" for index.html.</summary>
    public static string RootOf(string path)
    {
        var depth = path.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    private static string Run(HtmlTemplateContext context, Template template, ScriptObject globals, PageSpec spec)
    {
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex) when (ex.InnerException is TemplateException refused && refused.Code != Diagnostics.Codes.TemplateError)
        {
            // The theme refused an include (Scriban wraps what its loader throws): keep the theme's code and place.
            throw new TemplateException(refused.File, refused.Line, $"{refused.Message} (while rendering {spec.Path})") { Code = refused.Code };
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new TemplateException(ex.Span.FileName ?? template.SourceFilePath ?? "template", ex.Span.Start.Line + 1, $"{ex.OriginalMessage} (while rendering {spec.Path})");
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
