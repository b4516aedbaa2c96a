using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The favicon and the logo on every page, within the pages' Content-Security-Policy.</summary>
public partial class FurnitureRenderingTests
{
    private const string Csp = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private static Dictionary<string, string> Pages(TempSite site)
    {
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The former objective URLs' redirect pages are not theme pages: they show a link and nothing else.
        return result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, Html: Encoding.UTF8.GetString(f.Content)))
            .Where(p => !p.Html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .ToDictionary(p => p.Path, p => p.Html);
    }

    [Fact]
    public void Every_page_links_the_default_favicon_which_the_theme_ships()
    {
        using var site = TempSite.CopyOf("northwind");
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));

        var svg = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "assets/favicon.svg").Content);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kpis/churn/index.html").Content);
        Assert.Contains("<link rel=\"icon\" href=\"../../assets/favicon.svg\">", page, StringComparison.Ordinal);
        var home = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Content);
        Assert.Contains("<link rel=\"icon\" href=\"assets/favicon.svg\">", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("favicon.ico")]
    [InlineData("favicon.png")]
    [InlineData("favicon.svg")]
    public void A_favicon_in_static_replaces_the_default_on_every_page(string name)
    {
        using var site = TempSite.CopyOf("northwind").Bytes($"static/{name}", [1, 2, 3]);

        foreach (var (path, html) in Pages(site))
        {
            // 404.html is shown at any depth, so it links from the baseUrl.
            var root = path == "404.html" ? "/" : string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
            Assert.Contains($"<link rel=\"icon\" href=\"{root}{name}\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("assets/favicon.svg", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_logo_shows_the_title_alone()
    {
        using var site = TempSite.CopyOf("northwind");

        var home = Pages(site)["index.html"];

        Assert.Contains("<a class=\"brand\" href=\"\">Northwind OKRs</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"logo\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_is_shown_in_the_header_of_every_page_with_the_title_as_its_alt_text()
    {
        using var site = TempSite.CopyOf("northwind")
            .File("site.json", """{ "title": "Northwind & Co", "period": "2026-Q3", "asOf": "2026-08-15", "logo": "brand/logo #2.svg" }""")
            .File("static/brand/logo #2.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var pages = Pages(site);

        Assert.Contains("<img class=\"logo\" src=\"brand/logo%20%232.svg\" alt=\"Northwind &amp; Co\"><span aria-hidden=\"true\">Northwind &amp; Co</span>", pages["index.html"], StringComparison.Ordinal);
        Assert.Contains("src=\"../../brand/logo%20%232.svg\"", pages["kpis/churn/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_logo_and_favicon_are_same_origin_images_so_the_policy_stays_as_strict()
    {
        using var site = TempSite.CopyOf("northwind")
            .File("site.json", """{ "title": "Northwind", "period": "2026-Q3", "asOf": "2026-08-15", "logo": "logo.svg" }""")
            .File("static/logo.svg", "<svg/>")
            .File("static/favicon.png", "png");

        foreach (var html in Pages(site).Values)
        {
            Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Csp}\">", html, StringComparison.Ordinal);
            foreach (Match source in SourceAttribute().Matches(html))
            {
                var url = source.Groups[1].Value;
                Assert.DoesNotMatch("^[a-z]+:|^//", url);
            }
        }
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex SourceAttribute();
}
