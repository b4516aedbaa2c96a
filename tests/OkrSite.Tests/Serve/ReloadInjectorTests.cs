using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Cli.Serve;

namespace OkrSite.Tests.Serve;

public class ReloadInjectorTests
{
    private const string ThemePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private static string Page(string head, string body = "<p>Hello</p>") =>
        $"<!doctype html>\n<html lang=\"en\">\n<head>\n{head}\n<title>T</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n";

    private static string Policy(string html) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value);

    [Fact]
    public void The_policy_allows_the_injected_script_by_the_sha256_of_its_text()
    {
        var html = ReloadInjector.Inject(Page($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ThemePolicy}\">"), "abc123");

        var script = Regex.Match(html, "<script [^>]*>(.*?)</script>", RegexOptions.Singleline);
        Assert.True(script.Success, html);
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value))) + "'";
        var policy = Policy(html);
        Assert.Contains($"script-src {hash}", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("data-okrsite-version=\"abc123\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_other_directive_is_kept_as_written()
    {
        var html = ReloadInjector.Inject(Page($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ThemePolicy}\">"), "v");

        Assert.StartsWith(ThemePolicy + "; ", Policy(html), StringComparison.Ordinal);
        Assert.Equal($"{ThemePolicy}; script-src {ReloadScript.HashSource}; connect-src 'self'", Policy(html));
    }

    [Fact]
    public void The_script_goes_before_the_closing_body_tag_and_the_rest_of_the_page_is_unchanged()
    {
        var page = Page(string.Empty, "<p>Hello</p>");

        var html = ReloadInjector.Inject(page, "v");

        Assert.Equal(page.Replace("</body>", ReloadScript.Tag("v") + "</body>", StringComparison.Ordinal), html);
    }

    [Fact]
    public void A_page_without_a_closing_body_tag_gets_the_script_before_html_or_at_the_end()
    {
        Assert.Equal("<p>x</p>" + ReloadScript.Tag("v") + "</html>", ReloadInjector.Inject("<p>x</p></html>", "v"));
        Assert.Equal("<p>x</p>" + ReloadScript.Tag("v"), ReloadInjector.Inject("<p>x</p>", "v"));
    }

    [Fact]
    public void A_page_without_a_policy_gets_none()
    {
        var html = ReloadInjector.Inject(Page("<meta charset=\"utf-8\">"), "v");

        Assert.DoesNotContain("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Tag("v"), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_policy_meta_tag_is_touched_whatever_the_case_and_quotes()
    {
        var page = Page("<META HTTP-EQUIV='content-security-policy' CONTENT='default-src &#39;self&#39;'>\n<meta name=\"description\" content=\"default-src 'none'\">");

        var html = ReloadInjector.Inject(page, "v");

        Assert.Contains("<meta name=\"description\" content=\"default-src 'none'\">", html, StringComparison.Ordinal);
        var meta = Regex.Match(html, "<META [^>]*>").Value;
        var content = System.Net.WebUtility.HtmlDecode(Regex.Match(meta, "content=\"([^\"]*)\"").Groups[1].Value);
        Assert.Equal($"default-src 'self'; script-src 'self' {ReloadScript.HashSource}; connect-src 'self'", content);
    }

    [Theory]
    [InlineData("script-src 'self'; connect-src https://api.example.com", "script-src 'self' HASH; connect-src https://api.example.com 'self'")]
    [InlineData("script-src 'none'", "script-src HASH")]
    [InlineData("script-src 'unsafe-inline'", "script-src 'unsafe-inline'")]
    [InlineData("script-src 'unsafe-inline' 'nonce-abc'", "script-src 'unsafe-inline' 'nonce-abc' HASH")]
    [InlineData("img-src 'self'", "img-src 'self'")]
    [InlineData("default-src 'self' https://cdn.example.com", "default-src 'self' https://cdn.example.com; script-src 'self' https://cdn.example.com HASH; connect-src 'self' https://cdn.example.com")]
    [InlineData("default-src 'none'; script-src-elem 'self'", "default-src 'none'; script-src-elem 'self' HASH; script-src HASH; connect-src 'self'")]
    [InlineData("default-src 'none';; connect-src 'self' ;", "default-src 'none'; connect-src 'self'; script-src HASH")]
    public void The_policy_is_widened_by_what_the_script_needs_and_no_more(string policy, string expected)
    {
        Assert.Equal(expected.Replace("HASH", ReloadScript.HashSource, StringComparison.Ordinal), ContentSecurityPolicy.AllowReloadScript(policy, ReloadScript.HashSource));
    }

    [Fact]
    public void The_page_bytes_stay_utf8()
    {
        var page = Encoding.UTF8.GetBytes(Page(string.Empty, "<p>Überblick — 5 €</p>"));

        var html = Encoding.UTF8.GetString(ReloadInjector.Inject(page, "v"));

        Assert.Contains("<p>Überblick — 5 €</p>", html, StringComparison.Ordinal);
    }
}
