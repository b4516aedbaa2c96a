using System.Text;
using OkrSite.Core.Render.Html.Views;
using Scriban;
using Scriban.Runtime;

namespace OkrSite.Core.Render.Html;

/// <summary>Renders one page: its kind's template, then the layout around it. Safe to call from many threads.</summary>
public sealed class PageRenderer(Theme theme, SiteView site, string baseUrl)
{
    public const string Layout = "layouts/base.html";

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

        var content = Run(theme.Template(spec.Template), globals, spec);
        globals["content"] = new RawHtml(content);
        var html = Run(theme.Template(Layout), globals, spec);
        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>"../../" for objectives/x/index.html, "" for index.html.</summary>
    public static string RootOf(string path)
    {
        var depth = path.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    private string Run(Template template, ScriptObject globals, PageSpec spec)
    {
        var context = new HtmlTemplateContext(theme);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new TemplateException(ex.Span.FileName ?? template.SourceFilePath ?? "template", ex.Span.Start.Line + 1, $"{ex.OriginalMessage} (while rendering {spec.Path})");
        }
    }
}
