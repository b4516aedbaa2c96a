using OkrSite.Core.Render.Html;
using Scriban;
using Scriban.Runtime;

namespace OkrSite.Tests.Render.Html;

public class HtmlTemplateContextTests
{
    private static string Render(string template, object value)
    {
        var context = new HtmlTemplateContext(Theme.BuiltIn);
        context.PushGlobal(new ScriptObject { ["v"] = value });
        return Template.Parse(template).Render(context);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")]
    [InlineData("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;")]
    [InlineData("Ünïcode ✓", "Ünïcode ✓")]
    public void Every_value_is_escaped_without_the_template_asking(string value, string expected) =>
        Assert.Equal($"<p title=\"{expected}\">{expected}</p>", Render("<p title=\"{{ v }}\">{{ v }}</p>", value));

    [Fact]
    public void Values_changed_by_functions_are_escaped_too() =>
        Assert.Equal("&lt;B&gt;", Render("{{ v | string.upcase }}", "<b>"));

    [Fact]
    public void Raw_html_made_by_okrsite_is_written_as_is() =>
        Assert.Equal("<em>x</em>", Render("{{ v }}", new RawHtml("<em>x</em>")));

    [Fact]
    public void Partials_are_not_escaped_twice()
    {
        var html = Render("{{ badge = v; include 'badge.html' }}", new OkrSite.Core.Render.Html.Views.Badge("on-track", "<On> & track", "✔", "good"));

        Assert.StartsWith("<span class=\"badge tone-good is-on-track\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;On&gt; &amp; track", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_is_relative_to_the_page_depth()
    {
        Assert.Equal(string.Empty, PageRenderer.RootOf("index.html"));
        Assert.Equal("../../", PageRenderer.RootOf("objectives/x/index.html"));
    }
}
