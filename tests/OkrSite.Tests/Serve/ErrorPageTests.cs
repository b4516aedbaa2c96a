using OkrSite.Cli.Serve;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Tests.Serve;

public class ErrorPageTests
{
    [Fact]
    public void Each_diagnostic_shows_its_file_line_column_code_and_message()
    {
        var html = ErrorPage.Render(
        [
            new Diagnostic(Severity.Error, "OKR0101", "front matter is not valid YAML", "content/okrs/q3.md", 4, 7),
            new Diagnostic(Severity.Warning, "OKR0301", "a warning without a place"),
        ]);

        Assert.Contains("1 error, 1 warning.", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>content/okrs/q3.md</code></td><td>4</td><td>7</td><td class=\"error\">error OKR0101</td><td class=\"message\">front matter is not valid YAML</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>(site)</code></td><td></td><td></td><td class=\"warning\">warning OKR0301</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_site_is_escaped()
    {
        var html = ErrorPage.Render([new Diagnostic(Severity.Error, "OKR0101", "unknown team '<script>alert(1)</script>' & \"more\"", "content/<b>.md", 1, 1)]);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("unknown team &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; &quot;more&quot;", html, StringComparison.Ordinal);
        Assert.Contains("content/&lt;b&gt;.md", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_allows_its_own_style_and_after_injection_only_the_reload_script()
    {
        var html = ReloadInjector.Inject(ErrorPage.Render([new Diagnostic(Severity.Error, "OKR0101", "bad")]), "v");

        var policy = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value);
        Assert.Matches(@"^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; connect-src 'self'$", policy);
        Assert.Contains(ReloadScript.HashSource, policy, StringComparison.Ordinal);
    }
}
