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

        Assert.StartsWith("<span class=\"badge tone-good is-on-track\" data-icon=\"✔\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;On&gt; &amp; track", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_is_relative_to_the_page_depth()
    {
        Assert.Equal(string.Empty, PageRenderer.RootOf("index.html"));
        Assert.Equal("../../", PageRenderer.RootOf("objectives/x/index.html"));
    }

    [Fact]
    public void Pages_larger_than_scribans_default_limit_are_not_cut_off()
    {
        // Scriban truncates at 1,048,576 characters by default; a large company's dashboard is bigger than that.
        var html = Render("{{ for i in 1..300000 }}<i>{{ v }}</i>{{ end }}", "x");

        Assert.Equal(300_000 * "<i>x</i>".Length, html.Length);
        Assert.EndsWith("<i>x</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_partial_output_is_not_cut_off_either()
    {
        var big = new string('a', 1_500_000);

        var html = Render("{{ raw v }}{{ badge = { key: 'k', label: 'l', icon: 'i', tone: 't' }; include 'badge.html' }}", big);

        Assert.StartsWith(big, html, StringComparison.Ordinal);
        Assert.Contains("class=\"badge tone-t is-k\"", html, StringComparison.Ordinal);
    }
}
