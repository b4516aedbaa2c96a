using OkrSite.Core.Render.Html;

namespace OkrSite.Tests.Render.Html;

public class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_is_escaped_by_default()
    {
        var html = new MarkdownRenderer(allowHtml: false).Render("Hello <script>alert(1)</script> <b>bold</b>").Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_passes_when_the_site_allows_it() =>
        Assert.Contains("<b>bold</b>", new MarkdownRenderer(allowHtml: true).Render("<b>bold</b>").Html, StringComparison.Ordinal);

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_that_could_run_code_are_neutralised(string markdown)
    {
        var html = new MarkdownRenderer(allowHtml: false).Render(markdown).Html;

        // The text may still read "javascript:"; what matters is that no href carries it.
        Assert.DoesNotMatch("(?i)href=\"[^\"]*(script|data):", html);
    }

    [Theory]
    [InlineData("[ok](https://example.com/x)", "https://example.com/x")]
    [InlineData("[ok](../kpis/retention/)", "../kpis/retention/")]
    [InlineData("[ok](mailto:okr@example.com)", "mailto:okr@example.com")]
    [InlineData("[ok](#section)", "#section")]
    public void Ordinary_links_are_kept(string markdown, string href) =>
        Assert.Contains($"href=\"{href}\"", new MarkdownRenderer(false).Render(markdown).Html, StringComparison.Ordinal);

    [Fact]
    public void Headings_move_down_a_level_because_the_page_title_is_the_only_h1()
    {
        var html = new MarkdownRenderer(false).Render("# Why\n\n###### Deep").Html;

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<h6", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_and_emphasis_render()
    {
        var html = new MarkdownRenderer(false).Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold**").Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
    }
}
