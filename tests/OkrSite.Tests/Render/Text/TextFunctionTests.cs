using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Text;
using Scriban;
using Scriban.Runtime;

namespace OkrSite.Tests.Render.Text;

public class TextFunctionTests
{
    private static string Render(string template, object? value = null, UiText? text = null)
    {
        var context = new HtmlTemplateContext(Theme.BuiltIn, text);
        context.PushGlobal(new ScriptObject { ["v"] = value });
        return Template.Parse(template, "pages/x.html").Render(context);
    }

    [Fact]
    public void T_writes_the_text_of_a_key()
    {
        Assert.Equal("<b>On track</b>", Render("<b>{{ t \"status.on-track\" }}</b>"));
        Assert.Equal("<b>Im Plan</b>", Render("<b>{{ t \"status.on-track\" }}</b>", text: TextFixtures.German()));
    }

    [Fact]
    public void T_escapes_its_result_like_any_value()
    {
        var text = TextFixtures.Of("en", "x.title: \"<i>{0}</i> & more\"\n");
        Assert.Equal("&lt;i&gt;a&lt;b&gt;&lt;/i&gt; &amp; more", Render("{{ t \"x.title\" v }}", "a<b>", text));
    }

    [Fact]
    public void T_fills_in_values_in_the_site_s_language()
    {
        var text = TextFixtures.Of("de", "x.behind: \"{0} von {1}, Wert {2}\"\n");
        Assert.Equal("3 von 1.200, Wert 0,5", Render("{{ t \"x.behind\" 3 1200 0.5 }}", text: text));
    }

    [Fact]
    public void A_key_no_file_has_is_an_error_at_the_template_s_line()
    {
        var ex = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("line one\n{{ t \"no.such.key\" }}"));
        var refused = Assert.IsType<TemplateException>(ex.InnerException);
        Assert.Equal(Codes.TextKeyMissing, refused.Code);
        Assert.Equal("pages/x.html", refused.File);
        Assert.Equal(2, refused.Line);
        Assert.Contains("no.such.key", refused.Message, StringComparison.Ordinal);
    }
}
