using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Html;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OkrSite.Core.Render.Text;

/// <summary>
/// The template function <c>t</c>: <c>{{ t "dashboard.behind" behind total }}</c> writes the key's text in the
/// site's language with the values filled in. The result is plain text, so the page escapes it like any value.
/// A key no file has is an error at the template's line (OKR0412), like a variable the template misspells.
/// </summary>
internal sealed class TextFunction(UiText text) : IScriptCustomFunction
{
    public const string Name = "t";

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "key") : new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count == 0 || arguments[0] is not string key)
        {
            throw Refused(span, "t needs a key in quotes first: {{ t \"dashboard.behind\" behind total }}");
        }

        try
        {
            return text.Get(key, [.. arguments.Skip(1)]);
        }
        catch (TextException ex)
        {
            throw Refused(span, ex.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static ScriptRuntimeException Refused(Scriban.Parsing.SourceSpan span, string message) =>
        new(span, message, new TemplateException(span.FileName ?? "template", span.Start.Line + 1, message) { Code = Codes.TextKeyMissing });
}
