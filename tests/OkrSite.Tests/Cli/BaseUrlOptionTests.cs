using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

public class BaseUrlOptionTests
{
    [Fact]
    public void Base_url_replaces_site_json_for_one_build()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", """{ "title": "N", "period": "2026-Q3", "asOf": "2026-08-15", "baseUrl": "/northwind/" }""");

        var run = CliRun.Of("build", site.Root, "--base-url", "/preview");

        Assert.Equal(0, run.ExitCode);
        var notFound = site.Read("_site/404.html");
        Assert.Contains("href=\"/preview/assets/style.css\"", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("/northwind/", notFound, StringComparison.Ordinal);
        Assert.Contains("\"baseUrl\": \"/northwind/\"", site.Read("site.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_base_url_site_json_is_kept()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", """{ "title": "N", "period": "2026-Q3", "asOf": "2026-08-15", "baseUrl": "/northwind/" }""");

        Assert.Equal(0, CliRun.Of("build", site.Root).ExitCode);

        Assert.Contains("href=\"/northwind/assets/style.css\"", site.Read("_site/404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_takes_base_url_and_verbose_shows_it()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("check", site.Root, "--base-url", "https://example.com/okr/", "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("base URL: https://example.com/okr/ (from --base-url)\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("okr", "--base-url 'okr' is neither a path starting with '/' nor an http:// or https:// URL")]
    [InlineData("/a b/", "--base-url '/a b/' holds a space")]
    [InlineData("//evil.example/", "--base-url '//evil.example/' starts with '//'")]
    [InlineData("javascript:alert(1)", "--base-url 'javascript:alert(1)'")]
    public void A_bad_base_url_is_usage_exit_2_for_build_and_check(string value, string message)
    {
        using var site = TempSite.CopyOf("northwind");

        foreach (var command in new[] { "build", "check" })
        {
            var run = CliRun.Of(command, site.Root, "--base-url", value);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"okrsite: error: {message}", run.Error, StringComparison.Ordinal);
            Assert.EndsWith($"Run 'okrsite {command} --help' for usage.\n", run.Error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(site.Output));
    }
}
