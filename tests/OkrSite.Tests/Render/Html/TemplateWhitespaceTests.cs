using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render.Html;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

public partial class TemplateWhitespaceTests
{
    [Theory]
    [InlineData("<ul>\n  <li>a</li>\n    <li>b</li>\n</ul>\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("<p>a  <b>b</b>\t c</p>", "<p>a <b>b</b> c</p>")]
    [InlineData("  \n\n  <p>", "\n<p>")]
    [InlineData("<p>one</p>\n", "<p>one</p>\n")]
    [InlineData("x\r\n  y", "x\ny")]
    public void Every_whitespace_run_becomes_one_line_break_or_one_space(string text, string expected)
    {
        string? verbatim = null;
        Assert.Equal(expected, TemplateWhitespace.Collapse(text, ref verbatim));
        Assert.Null(verbatim);
    }

    [Fact]
    public void Text_inside_pre_textarea_and_script_is_left_as_written()
    {
        string? verbatim = null;
        var text = "<div>\n  <pre class=\"x\">a\n    b</pre>\n  <textarea>\n  t</textarea>\n  <script>\n  s</script>\n  <prefix>\n  p";

        Assert.Equal("<div>\n<pre class=\"x\">a\n    b</pre>\n<textarea>\n  t</textarea>\n<script>\n  s</script>\n<prefix>\np", TemplateWhitespace.Collapse(text, ref verbatim));
    }

    [Fact]
    public void An_element_opened_in_one_text_is_closed_in_a_later_one()
    {
        string? verbatim = null;

        Assert.Equal("<p>\n<PRE>\n  ", TemplateWhitespace.Collapse("<p>\n  <PRE>\n  ", ref verbatim));
        Assert.Equal("pre", verbatim);
        Assert.Equal("  more\n  </pre>\n", TemplateWhitespace.Collapse("  more\n  </pre>\n  ", ref verbatim));
        Assert.Null(verbatim);
    }

    [Fact]
    public void A_theme_template_loses_its_indentation_but_not_its_pre_or_a_value_s_code_block()
    {
        var template = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "pages", "kpi.html"))
            .Replace("<h1>{{ k.name }}</h1>", "<h1>{{ k.name }}</h1>\n    <pre>keep\n      this</pre>\n      <div>\n        {{ k.body }}\n      </div>", StringComparison.Ordinal);
        using var site = TempSite.CopyOf("northwind")
            .File("themes/default/pages/kpi.html", template)
            .File("content/kpis/churn.md", ChurnWithCodeBlock());

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kpis/churn/index.html").Content);
        Assert.Contains("<pre>keep\n      this</pre>\n<div>\n", page, StringComparison.Ordinal);
        // The body's Markdown code block, written from an indented place, keeps its lines as they are.
        Assert.Contains("<pre><code>first\n  second\n</code></pre>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(IndentedTag(), page.Replace("<pre>keep\n      this</pre>", string.Empty, StringComparison.Ordinal)
            .Replace("first\n  second", string.Empty, StringComparison.Ordinal));
    }

    private static string ChurnWithCodeBlock()
    {
        var original = File.ReadAllText(Path.Combine(Repository.Root, "tests", "OkrSite.Tests", "Fixtures", "sites", "northwind", "content", "kpis", "churn.md"));
        return original.TrimEnd() + "\n\nHow we count:\n\n```\nfirst\n  second\n```\n";
    }

    // A line indented by two or more: what the templates' indentation wrote before (a "~}}" leaves one space).
    [GeneratedRegex("\n[ \t]{2,}<")]
    private static partial Regex IndentedTag();
}
