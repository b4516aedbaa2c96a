using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// A page that does not exist answers 404 with the site's own 404.html, and that page works at any depth: its
/// stylesheet and links must not depend on the URL it is shown at (GitHub Pages serves it for every missing path).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("no-such-page/")]
    [InlineData("objectives/no-such-objective/deeper/")]
    public async Task A_missing_page_gets_404_with_the_site_404_page(string path)
    {
        var server = fixture.RequireSample();
        var notFoundPage = Path.Combine(server.Root, "404.html");
        Assert.True(File.Exists(notFoundPage), $"the build output has no 404.html ({server.Root})");
        var url = new Uri(server.SiteUrl, path);

        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) })
        {
            using var response = await http.GetAsync(url);
            Assert.Equal(404, (int)response.StatusCode);
            Assert.Equal(await File.ReadAllTextAsync(notFoundPage), await response.Content.ReadAsStringAsync());
        }

        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        using var links = new LinkChecker(server.SiteUrl, 15_000);
        var visit = await PageProbe.VisitAsync(context, url, expectedStatus: 404);
        var problems = visit.Problems.Concat(await links.CheckAsync(visit)).ToList();
        Assert.True(problems.Count == 0, new CrawlReport([visit.Page], [], problems).Describe());
    }
}
