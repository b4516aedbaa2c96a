using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// Every page of the sample site, built with baseUrl /okrsite/ and served under /okrsite/ as GitHub Pages serves
/// a project site, loads in Chromium without a single problem; every problem of every page is listed at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleSiteCrawlTests(BrowserFixture fixture, ITestOutputHelper log)
{
    /// <summary>Page kinds the site must have at least one page of (path under the base URL; "" is the dashboard).</summary>
    private static readonly string[] PageKinds = ["", "objectives/", "kpis/", "teams/", "periods/", "alignment/"];

    /// <summary>In dark mode every chart shows its dark rendering, which must load as well.</summary>
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_page_of_the_sample_loads_cleanly_in_the_browser(ColorScheme colorScheme)
    {
        var server = fixture.RequireSample();
        var crawl = await fixture.CrawlAsync(colorScheme);

        var prefix = server.SiteUrl.AbsolutePath;
        var missing = PageKinds
            .Where(kind => !crawl.Pages.Any(page => kind.Length == 0 ? page == prefix : page.StartsWith(prefix + kind, StringComparison.Ordinal)))
            .Select(kind => new Problem(prefix + kind, ProblemKind.Site, $"no page {(kind.Length == 0 ? "(the dashboard)" : "under " + kind)} was found"));
        var report = crawl.With(missing);

        log.WriteLine($"{report.Pages.Count} pages visited ({colorScheme}):");
        foreach (var page in report.Pages)
        {
            log.WriteLine("  " + page);
        }

        log.WriteLine(report.Describe());
        Assert.True(report.Problems.Count == 0, report.Describe());
    }
}
