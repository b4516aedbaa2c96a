using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Audits;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// The board pack: the dashboard printed to PDF by Chromium on A4 and on Letter takes at most two pages, and no
/// page, laid out for print at the printable A4 width (210 mm less the theme's @page margins), sticks out of it,
/// prints a scrollbar or cuts a box's content off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserFixture fixture, ITestOutputHelper log)
{
    public const int MostDashboardPages = 2;

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task Dashboard_prints_on_at_most_two_pages(string format)
    {
        var audit = await fixture.PrintAuditAsync();
        Assert.True(audit.DashboardPdfPages.TryGetValue(format, out var pages), "the dashboard was not printed:\n" + string.Join('\n', audit.Errors));
        log.WriteLine($"dashboard on {format}: {pages} page(s); @page size {audit.Margins.Size ?? "(none: the format applies)"}");
        Assert.True(pages <= MostDashboardPages, $"the dashboard prints on {pages} {format} pages, at most {MostDashboardPages} expected");
    }

    [Fact]
    public async Task No_page_sticks_out_of_the_printable_width()
    {
        var audit = await fixture.PrintAuditAsync();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"printable A4 width {audit.PrintableWidth:0.#}px (@page margins {audit.Margins.Left:0.#}px + {audit.Margins.Right:0.#}px), {audit.Pages} pages"));
        Assert.True(audit.Errors.Count == 0, "pages not audited:\n" + string.Join('\n', audit.Errors));
        Assert.True(audit.Overflow.Count == 0, $"{audit.Overflow.Count} of {audit.Pages} pages are wider than the printed page:\n" + string.Join('\n', audit.Overflow));
    }

    [Fact]
    public async Task No_page_prints_a_scrollbar_or_a_clipped_box()
    {
        var audit = await fixture.PrintAuditAsync();
        Assert.True(audit.Errors.Count == 0, "pages not audited:\n" + string.Join('\n', audit.Errors));
        Assert.True(audit.Clipped.Count == 0, $"{audit.Clipped.Count} boxes print a scrollbar or cut their content off:\n" + string.Join('\n', audit.Clipped));
    }

    [Fact]
    public async Task The_clipping_check_reports_a_scroller_and_a_cut_box_but_not_hidden_text()
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, new ViewportSize { Width = 700, Height = 900 });
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>print</title>
            <style>
              .wrap { overflow-x: auto; width: 300px; } .cut { overflow: hidden; width: 100px; white-space: nowrap; }
              .fits { overflow-x: auto; width: 300px; } .always { overflow-x: scroll; width: 300px; }
              .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap; }
            </style></head>
            <body><div class="wrap"><table><tr><td style="min-width: 500px">wide</td></tr></table></div>
            <p class="cut">a badge that is cut off at the right edge</p><div class="fits">fits</div><div class="always">x</div>
            <span class="sr">visually hidden text for screen readers</span></body></html>
            """);
        var clipped = JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(PageScripts.Clipped))!;

        Assert.Equal(3, clipped.Count);
        Assert.StartsWith("div.wrap (overflow-x: auto) holds ", clipped[0], StringComparison.Ordinal);
        Assert.StartsWith("p.cut (overflow-x: hidden)", clipped[1], StringComparison.Ordinal);
        Assert.StartsWith("div.always (overflow-x: scroll)", clipped[2], StringComparison.Ordinal);
    }
}
