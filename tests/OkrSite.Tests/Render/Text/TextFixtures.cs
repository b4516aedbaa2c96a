using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Text;

/// <summary>Interface text from a site theme folder written for the test.</summary>
internal static class TextFixtures
{
    public static UiText German() => UiText.Load(Theme.BuiltIn, "de", new DiagnosticBag());

    /// <summary>The text of a site whose theme has i18n/&lt;language&gt;.yaml with <paramref name="yaml"/>.</summary>
    public static UiText Of(string language, string yaml) => Load(language, out _, (language, yaml));

    public static UiText Load(string language, out IReadOnlyList<Diagnostic> diagnostics, params (string Language, string Yaml)[] files)
    {
        using var site = new TempSite();
        foreach (var (name, yaml) in files)
        {
            site.File($"themes/default/i18n/{name}.yaml", yaml);
        }

        var bag = new DiagnosticBag();
        var theme = Theme.Load(site.Root, "default", bag)!;
        var text = UiText.Load(theme, language, bag);
        diagnostics = bag.ToSortedList();
        return text;
    }
}
