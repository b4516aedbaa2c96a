using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Audits;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// Every page on a 390 px phone: nothing scrolls sideways, and every chart's text is at least 11 CSS px as the phone
/// shows it. Each check is also run on content made to fail it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture, ITestOutputHelper log)
{
    public const double SmallestChartText = 11;

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_phone()
    {
        var audit = await fixture.PhoneAuditAsync();
        Assert.True(audit.Errors.Count == 0, "pages not audited:\n" + string.Join('\n', audit.Errors));
        Assert.True(audit.Overflow.Count == 0,
            $"{audit.Overflow.Count} of {audit.Pages} pages scroll sideways on a {Contexts.Phone.Width}px phone:\n" + string.Join('\n', audit.Overflow));
    }

    [Fact]
    public async Task Chart_text_is_at_least_11px_on_a_phone()
    {
        var audit = await fixture.PhoneAuditAsync();
        log.WriteLine($"{audit.Charts.Count} charts measured at {Contexts.Phone.Width}px:\n" + string.Join('\n', audit.Charts));
        Assert.True(audit.Charts.Any(c => c.Texts > 0), "no chart with text on any page: the check has nothing to check");
        var small = audit.Charts.Where(c => c.Error is not null || c.SmallestPx < SmallestChartText - 0.05).ToList();
        Assert.True(small.Count == 0,
            string.Create(CultureInfo.InvariantCulture, $"{small.Count} of {audit.Charts.Count} charts have text under {SmallestChartText}px on a {Contexts.Phone.Width}px phone:\n")
            + string.Join('\n', small));
    }

    [Fact]
    public async Task The_chart_text_measure_scales_with_the_image_and_skips_hidden_text()
    {
        // 720 wide shown at 360: a 24px label renders at 12px. The 4px text is display:none at that width by the SVG's
        // own media query (it sees the 360px viewport, as in an <img>); the 2px one is hidden outright.
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="720" height="300" viewBox="0 0 720 300">
              <style>@media (max-width: 500px) { .wide-only { display: none; } }</style>
              <text x="10" y="40" font-size="24">label</text>
              <g transform="scale(2)"><text x="10" y="80" font-size="16">scaled</text></g>
              <text x="10" y="120" font-size="4" class="wide-only">tiny</text>
              <text x="10" y="160" font-size="2" display="none">hidden</text>
            </svg>
            """;
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Phone);
        var page = await context.NewPageAsync();
        var url = new Uri("http://127.0.0.1:9/made-up/chart.svg");
        await page.RouteAsync(url.AbsoluteUri, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/svg+xml", Body = svg }));

        var (texts, smallest, error) = await SampleAudit.SmallestChartTextAsync(page, url, 360, 150);

        Assert.Null(error);
        Assert.Equal(2, texts);
        Assert.Equal("label", smallest!.Text);
        Assert.Equal(12, smallest.Px, precision: 2);
    }

    [Fact]
    public async Task The_overflow_check_reports_an_element_wider_than_the_phone()
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Phone, phone: true);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>wide</title>
            <style>.wide { width: 600px; } .scroller { overflow-x: auto; } body { margin: 0; }</style></head>
            <body><div class="scroller"><div>inside a scroller <table class="wide"><tr><td>ok</td></tr></table></div></div><p class="wide" id="too">too wide</p>
            <div class="scroller"><table class="wide"><tr><td style="width: 560px">wide</td><td><span id="escapes" style="position: absolute; width: 1px; height: 1px; overflow: hidden">screen reader text</span></td></tr></table></div></body></html>
            """);
        var overflow = JsonDocument.Parse(await page.EvaluateAsync<string>(PageScripts.Overflow, Contexts.Phone.Width)).RootElement;

        // The phone widens its layout viewport to the 600px paragraph; the scroller's wide table is contained.
        Assert.Equal(600, overflow.GetProperty("innerWidth").GetInt32());
        Assert.Equal(600, overflow.GetProperty("scrollWidth").GetInt32());
        // The absolutely positioned span escapes its scroller (not positioned, so not its containing block).
        var wide = overflow.GetProperty("wide").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, wide.Count);
        Assert.Equal("p#too.wide reaches 600px", wide[0]);
        Assert.StartsWith("span#escapes reaches 5", wide[1], StringComparison.Ordinal);
    }
}
