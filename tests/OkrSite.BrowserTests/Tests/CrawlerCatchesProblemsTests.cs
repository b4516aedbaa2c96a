using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using OkrSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// The crawler on BrokenSite/, a hand-written site with one of each deliberate problem, served like the sample
/// under /okrsite/: it must report every one of them on the right page, nothing on the clean page, and find
/// the page that no link leads to. A crawler that reports nothing proves nothing; this test keeps it honest.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrawlerCatchesProblemsTests(BrowserFixture fixture, ITestOutputHelper log) : IAsyncLifetime
{
    private const string Home = "/okrsite/";
    private const string Clean = "/okrsite/clean/";
    private const string Orphan = "/okrsite/orphan/";
    private const string Moved = "/okrsite/moved/";
    private const string MovedWell = "/okrsite/moved-well/";

    private CrawlReport? report;

    private CrawlReport Report => report!;

    public async Task InitializeAsync() => report = await fixture.Once(nameof(CrawlerCatchesProblemsTests), CrawlBrokenSiteAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>BrokenSite/ copied to a temporary folder, served under /okrsite/ by the sample's server, crawled once.</summary>
    private async Task<CrawlReport> CrawlBrokenSiteAsync()
    {
        var folder = Path.Combine(fixture.WorkDirectory, "broken-site");
        SampleSite.CopyFolder(Path.Combine(AppContext.BaseDirectory, "BrokenSite"), folder);
        await using var server = await StaticSiteServer.StartAsync(folder, "/okrsite/");
        return await new SiteCrawler(fixture.Browser, new CrawlOptions(server.SiteUrl, folder)).CrawlAsync();
    }

    [Fact]
    public void Visits_every_page_once_including_the_orphan()
    {
        Assert.Equal([Home, Clean, Orphan], Report.Pages);
        Assert.Equal([Orphan], Report.Orphans);
    }

    [Fact]
    public void Reports_nothing_on_the_clean_page()
    {
        Assert.Empty(Report.On(Clean));
    }

    /// <summary>A redirect page leaves at once, so it is not probed: only its target is checked.</summary>
    [Fact]
    public void Checks_a_redirect_page_by_its_target()
    {
        Assert.DoesNotContain(Moved, Report.Pages);
        Assert.Equal("redirects to /okrsite/gone/, which no link of the site reaches", Assert.Single(Report.On(Moved)).Detail);
        Assert.Empty(Report.On(MovedWell));
    }

    [Theory]
    [InlineData(Home, ProblemKind.BrokenLink, "\"missing-page/\" → /okrsite/missing-page/ answered 404")]
    [InlineData(Home, ProblemKind.MissingAnchor, "\"clean/#no-such-anchor\": /okrsite/clean/ has no element with id \"no-such-anchor\"")]
    [InlineData(Home, ProblemKind.MissingAnchor, "\"#nowhere\": the page has no element with id \"nowhere\"")]
    [InlineData(Home, ProblemKind.BrokenImage, "<img src=\"assets/missing.png\"> did not load")]
    [InlineData(Home, ProblemKind.HttpStatus, "GET /okrsite/assets/missing.png (image) answered 404")]
    [InlineData(Home, ProblemKind.ExternalRequest, "GET https://example.invalid/x.png (image)")]
    [InlineData(Home, ProblemKind.BrokenImage, "<img src=\"https://example.invalid/x.png\"> did not load")]
    [InlineData(Home, ProblemKind.Console, "console.error: deliberate console error")]
    [InlineData(Orphan, ProblemKind.MissingLang, "<html> has no lang attribute")]
    [InlineData(Orphan, ProblemKind.EmptyTitle, "<title> is missing or empty")]
    [InlineData(Orphan, ProblemKind.ExternalRequest, "GET https://cdn.example.invalid/theme.css (stylesheet)")]
    [InlineData(Orphan, ProblemKind.HeadingCount, "2 <h1> elements, expected exactly one")]
    [InlineData(Orphan, ProblemKind.BrokenLink, "\"/clean/\" → /clean/ answered 404")]
    [InlineData(Orphan, ProblemKind.BrokenLink, "\"../assets/missing-dark.svg\" → /okrsite/assets/missing-dark.svg answered 404")]
    [InlineData(Orphan, ProblemKind.Console, "console.warning: deliberate console warning")]
    [InlineData(Orphan, ProblemKind.PageError, "deliberate uncaught error")]
    public void Reports_each_deliberate_problem_on_its_page(string page, ProblemKind kind, string detail)
    {
        Assert.True(
            Report.On(page).Any(p => p.Kind == kind && p.Detail.Contains(detail, StringComparison.Ordinal)),
            $"expected on {page}: {kind}: {detail}\nfound:\n{Report.Describe()}");
    }

    [Fact]
    public void A_link_to_another_site_is_not_a_request()
    {
        Assert.DoesNotContain(Report.Problems, p => p.Detail.Contains("example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void Describes_every_problem_of_every_page_in_one_message()
    {
        var message = Report.Describe();
        log.WriteLine(message);
        Assert.All(Report.Problems, p => Assert.Contains(p.Detail, message, StringComparison.Ordinal));
        Assert.Contains($"\n{Home}\n", message, StringComparison.Ordinal);
        Assert.Contains($"\n{Orphan}\n", message, StringComparison.Ordinal);
        Assert.DoesNotContain($"\n{Clean}\n", message, StringComparison.Ordinal);
    }
}
