using System.Text;
using OkrSite.Cli.Serve;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Write;

namespace OkrSite.Tests.Serve;

public class SiteRoutesTests
{
    private static readonly SiteSnapshot Site = SiteSnapshot.Built("/okr/",
    [
        new OutputFile("index.html", Encoding.UTF8.GetBytes("<p>home</p>")),
        new OutputFile("404.html", Encoding.UTF8.GetBytes("<p>not here</p>")),
        new OutputFile("assets/style.css", Encoding.UTF8.GetBytes("p{}")),
        new OutputFile("objectives/grow/index.html", Encoding.UTF8.GetBytes("<p>grow</p>")),
        new OutputFile("report.json", Encoding.UTF8.GetBytes("{}")),
    ]);

    [Theory]
    [InlineData("/okr/", "index.html", 200)]
    [InlineData("/okr/objectives/grow/", "objectives/grow/index.html", 200)]
    [InlineData("/okr/assets/style.css", "assets/style.css", 200)]
    [InlineData("/okr/report.json", "report.json", 200)]
    [InlineData("/okr/objectives/", "404.html", 404)]
    [InlineData("/okr/assets/", "404.html", 404)]
    [InlineData("/okr/no-such-page/", "404.html", 404)]
    [InlineData("/okr/index.html/", "404.html", 404)]
    [InlineData("/okr/../okr/index.html", "404.html", 404)]
    [InlineData("/okr/objectives/grow/../../index.html", "404.html", 404)]
    [InlineData("/okr/./index.html", "404.html", 404)]
    [InlineData("/okr//index.html", "404.html", 404)]
    [InlineData("/okr/assets\\style.css", "404.html", 404)]
    [InlineData("/okr/..\\site.json", "404.html", 404)]
    [InlineData("/okr/index.html\0", "404.html", 404)]
    public void A_path_under_the_base_is_a_built_file_or_the_sites_404_page(string path, string file, int status)
    {
        Assert.Equal(new Route.File(file, status), SiteRoutes.Resolve(Site, path));
    }

    [Theory]
    [InlineData("/okr", "/okr/")]
    [InlineData("/", "/okr/")]
    [InlineData("/okr/objectives/grow", "/okr/objectives/grow/")]
    public void A_folder_or_the_base_without_its_slash_redirects(string path, string location)
    {
        Assert.Equal(new Route.Redirect(location), SiteRoutes.Resolve(Site, path));
    }

    [Fact]
    public void A_path_outside_the_base_is_a_404_that_links_to_the_site()
    {
        var route = Assert.IsType<Route.Page>(SiteRoutes.Resolve(Site, "/other/page/"));

        Assert.Equal(404, route.Status);
        Assert.Contains("/other/page/ is outside the site, which is served under /okr/", route.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/okr/\">", route.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_a_404_page_gets_one_of_serve()
    {
        var site = SiteSnapshot.Built("/", [new OutputFile("index.html", [])]);

        var route = Assert.IsType<Route.Page>(SiteRoutes.Resolve(site, "/missing"));

        Assert.Equal(404, route.Status);
        Assert.Contains("The site has no page at /missing.", route.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void While_the_build_fails_every_page_is_the_error_page_and_the_last_good_assets_are_kept()
    {
        var failed = SiteSnapshot.Failed(Site, "/okr/", [new Diagnostic(Severity.Error, "OKR0101", "bad YAML", "content/x.md", 3, 1)]);

        foreach (var path in new[] { "/okr/", "/okr/objectives/grow/", "/okr/no-such-page/", "/elsewhere" })
        {
            var page = Assert.IsType<Route.Page>(SiteRoutes.Resolve(failed, path));
            Assert.Equal(500, page.Status);
            Assert.Contains("content/x.md", page.Html, StringComparison.Ordinal);
        }

        Assert.Equal(new Route.File("assets/style.css", 200), SiteRoutes.Resolve(failed, "/okr/assets/style.css"));
        Assert.Equal(new Route.Redirect("/okr/"), SiteRoutes.Resolve(failed, "/okr"));
    }

    [Fact]
    public void Before_the_first_build_a_page_waits_for_it()
    {
        var page = Assert.IsType<Route.Page>(SiteRoutes.Resolve(SiteSnapshot.Building("/"), "/"));

        Assert.Equal(503, page.Status);
    }

    [Fact]
    public void The_version_names_the_content()
    {
        OutputFile[] files = [new("index.html", [1, 2]), new("a.css", [3])];
        var same = SiteSnapshot.Built("/", [.. files.Reverse()]);
        var failed = SiteSnapshot.Failed(same, "/", [new Diagnostic(Severity.Error, "OKR0101", "bad")]);

        Assert.Equal(SiteSnapshot.Built("/", files).Version, same.Version);
        Assert.NotEqual(same.Version, SiteSnapshot.Built("/", [new("index.html", [1, 2]), new("a.css", [4])]).Version);
        Assert.NotEqual(same.Version, SiteSnapshot.Built("/x/", files).Version);
        Assert.NotEqual(same.Version, failed.Version);
        Assert.Equal(same.Files, failed.Files);
    }
}
