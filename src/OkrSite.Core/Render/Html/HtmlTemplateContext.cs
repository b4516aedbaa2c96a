using System.Text.Encodings.Web;
using OkrSite.Core.Render.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, so that a theme author cannot forget it:
/// a title, team name, note or metric id containing &lt;script&gt;, quotes or &amp; is always written as text.
/// Only <see cref="IHtml"/> values (Markdown OkrSite rendered, chart markup, partials) pass through.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    // Scriban's built-in functions, built once: a new set per page cost most of a page's allocations. Templates
    // only read them (they are read-only), so one set serves every page rendered in parallel.
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    /// <summary>The most characters one page may have: 512 Mi, far beyond any real report page.</summary>
    public const int MaxPageCharacters = 512 * 1024 * 1024;

    /// <param name="text">The interface text <c>t</c> writes; the tool's English when not given.</param>
    public HtmlTemplateContext(Theme theme, UiText? text = null)
        : base(SharedBuiltins)
    {
        // Per build, unlike the shared built-ins: the site's language. Pages push their globals above it.
        PushGlobal(new ScriptObject { [TextFunction.Name] = new TextFunction(text ?? UiText.English) });
        TemplateLoader = theme;
        foreach (var (path, template) in theme.Partials)
        {
            CachedTemplates[path] = template;
        }

        StrictVariables = true;
        LoopLimit = 0;

        // Scriban truncates output past 1,048,576 characters by default (and include output counts): the dashboard
        // and alignment pages of a large company exceed that and were silently cut off. Pages grow with the site, so
        // the limit is only a guard against a runaway template, and it fails loudly (OKR0402) instead of truncating.
        LimitToString = 0;
        OutputLimit = MaxPageCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        EnableRelaxedMemberAccess = true;

        // Scriban indents every line of a multi-line value (a partial, a table, rendered Markdown) by the template's
        // indentation before it. That only added whitespace a browser collapses, and inside a value's <pre> it added
        // indentation that shows; the pages are written as the values are (TemplateWhitespace drops the rest).
        AutoIndent = false;
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();

        // The built-in include returns the partial's (already escaped) output as a string, which would then be
        // escaped a second time; wrapping it as RawHtml writes it once. A theme's own partials skip even that string.
        var include = (IScriptCustomFunction)builtins["include"]!;
        builtins.SetValue("include", new PartialInclude(new RawResult(include)), readOnly: true);
        builtins.SetValue("raw", new RawFunction(), readOnly: true);
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is IHtml raw)
        {
            return Write(raw.Html);
        }

        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(Encoder.Encode(text));
    }

    /// <summary>
    /// <c>include 'name.html'</c> of one of the theme's partials renders the partial straight into the page being
    /// written. Scriban's include renders it into a new string builder and empties that builder afterwards, which
    /// copies the partial's output twice more; with a few hundred cards on a dashboard that was most of the page's
    /// cost. Anything else (arguments, a path the theme has no partial for) goes to the built-in include.
    /// </summary>
    private sealed class PartialInclude(IScriptCustomFunction builtIn) : IScriptCustomFunction
    {
        public int RequiredParameterCount => builtIn.RequiredParameterCount;

        public int ParameterCount => builtIn.ParameterCount;

        public ScriptVarParamKind VarParamKind => builtIn.VarParamKind;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => builtIn.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count != 1 || arguments[0] is not string name || callerContext is null
                || context.TemplateLoader?.GetPath(context, callerContext.Span, name) is not { } path
                || !context.CachedTemplates.TryGetValue(path, out var partial) || partial.Page is not { } page)
            {
                return builtIn.Invoke(context, callerContext, arguments, blockStatement);
            }

            context.EnterRecursive(callerContext);
            context.PushSourceFile(partial.SourceFilePath ?? path);
            context.PushLocal();
            try
            {
                if (context.Evaluate(page) is { } result)
                {
                    context.Write(page.Span, result);
                }

                return null;
            }
            finally
            {
                context.PopLocal();
                context.PopSourceFile();
                context.ExitRecursive(callerContext);
            }
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <summary>Wraps a function's string result as <see cref="RawHtml"/>.</summary>
    private sealed class RawResult(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;

        public int ParameterCount => inner.ParameterCount;

        public ScriptVarParamKind VarParamKind => inner.VarParamKind;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawHtml(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? string.Empty);

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new RawHtml((await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false))?.ToString() ?? string.Empty);
    }

    /// <summary>
    /// <c>raw x</c>: writes x unescaped. For the output of <c>capture</c>, which is HTML the template produced
    /// (and so already escaped); never for values from content or data.
    /// </summary>
    private sealed class RawFunction : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "html");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            arguments[0] as RawHtml ?? new RawHtml(context.ObjectToString(arguments[0]) ?? string.Empty);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
