using Microsoft.Playwright;
using OkrSite.BrowserTests.Audits;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Support;

namespace OkrSite.BrowserTests.Fixtures;

/// <summary>
/// The sample's crawl and audit passes, each run once by the first test that needs it and shared by the rest:
/// the audits check the pages the light crawl found, so a page the redesign adds is checked without a new test.
/// </summary>
public sealed partial class BrowserFixture
{
    /// <summary>The sample crawled in <paramref name="colorScheme"/> (at most 5 minutes).</summary>
    public Task<CrawlReport> CrawlAsync(ColorScheme colorScheme) => Once($"crawl-{colorScheme}", async () =>
    {
        var server = RequireSample();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var options = new CrawlOptions(server.SiteUrl, server.Root) { ColorScheme = colorScheme };
        return await new SiteCrawler(Browser, options).CrawlAsync(deadline.Token).ConfigureAwait(false);
    });

    /// <summary>axe-core's script, downloaded and verified once (see <see cref="AxeCore"/>).</summary>
    public Task<string> AxeScriptAsync() => Once("axe-core", () => AxeCore.LoadAsync());

    public Task<SampleAudit> AuditAsync() => Once("audit", async () =>
        new SampleAudit(Browser, SitePages.Of(RequireSample(), await CrawlAsync(ColorScheme.Light).ConfigureAwait(false)), ScreenshotDirectory));

    public Task<WideAudit> WideAuditAsync() => Once("audit-wide", async () =>
    {
        var audit = await AuditAsync().ConfigureAwait(false);
        return await audit.WideAsync(await AxeScriptAsync().ConfigureAwait(false)).ConfigureAwait(false);
    });

    public Task<PhoneAudit> PhoneAuditAsync() => Once("audit-phone", async () =>
        await (await AuditAsync().ConfigureAwait(false)).PhoneAsync().ConfigureAwait(false));

    public Task<PrintAudit> PrintAuditAsync() => Once("audit-print", async () =>
        await (await AuditAsync().ConfigureAwait(false)).PrintAsync().ConfigureAwait(false));
}
