using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Audits;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using OkrSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// WCAG 2.1 AA in a real browser: axe-core on every page of the sample in the light and the dark scheme, a visible
/// keyboard focus on every element Tab reaches on the dashboard, and every status badge saying its status in words.
/// Each check is also run on a page made to fail it, so a check that sees nothing proves nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper log)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_page(ColorScheme colorScheme)
    {
        var audit = await fixture.WideAuditAsync();
        var runs = audit.Axe.Where(a => a.Scheme == colorScheme).ToList();
        var text = new StringBuilder();
        foreach (var run in runs.Where(r => r.Violations.Count > 0))
        {
            text.Append('\n').Append(run.Page.Path).Append(" (").Append(run.Page.Kind).Append(')');
            foreach (var violation in run.Violations.OrderByDescending(v => v.Fails))
            {
                text.Append("\n  ").Append(violation.Fails ? "FAIL " : "note ").Append(violation);
            }
        }

        var failing = runs.Sum(r => r.Violations.Count(v => v.Fails));
        log.WriteLine($"axe-core {AxeCore.Version} ({string.Join(", ", Axe.Tags)}) on {runs.Count} pages in the {colorScheme} scheme:{text}");
        Assert.True(audit.Errors.Count == 0, "pages not audited:\n" + string.Join('\n', audit.Errors));
        Assert.True(runs.Count == audit.Pages, $"axe ran on {runs.Count} of {audit.Pages} pages");
        Assert.True(failing == 0, $"{failing} serious or critical violation(s) in the {colorScheme} scheme:{text}");
    }

    [Fact]
    public async Task Every_badge_says_its_status_in_words()
    {
        var audit = await fixture.WideAuditAsync();
        Assert.True(audit.Badges > 0, "no .badge on any page: the check has nothing to check");
        Assert.True(audit.WordlessBadges.Count == 0,
            $"{audit.WordlessBadges.Count} of {audit.Badges} badges show their status by symbol or colour alone:\n" + string.Join('\n', audit.WordlessBadges));
    }

    [Fact]
    public async Task Every_element_the_keyboard_reaches_on_the_dashboard_shows_its_focus()
    {
        var server = fixture.RequireSample();
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.SiteUrl.AbsoluteUri);
        var stops = await KeyboardFocus.TabThroughAsync(page);

        log.WriteLine($"{stops.Count} focus stops:\n" + string.Join('\n', stops));
        Assert.True(stops.Count >= 5, $"Tab reached only {stops.Count} element(s) on the dashboard");
        Assert.True(stops[0].Html.Contains("#main", StringComparison.Ordinal), $"the first Tab should reach the skip link to #main, it reached {stops[0]}");
        var hidden = stops.Where(s => !s.Visible).ToList();
        Assert.True(hidden.Count == 0, $"{hidden.Count} of {stops.Count} focused elements show no focus:\n" + string.Join('\n', hidden));
    }

    [Fact]
    public async Task Axe_is_the_pinned_version_and_reports_a_page_made_to_fail()
    {
        var axe = await fixture.AxeScriptAsync();
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide, bypassCsp: true);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>made to fail</title>
            <style>.faint { color: #bbb; background: #fff; }</style></head>
            <body><main><h1>Made to fail</h1><p class="faint">Grey on white</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
            """);
        var violations = await Axe.RunAsync(page, axe);

        Assert.Equal(AxeCore.Version, await page.EvaluateAsync<string>("() => axe.version"));
        Assert.Contains(violations, v => v.Id == "color-contrast" && v.Fails);
        Assert.Contains(violations, v => v.Id == "image-alt" && v.Fails);
    }

    [Fact]
    public async Task The_focus_check_reports_an_element_without_a_focus_indicator()
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>focus</title>
            <style>a { outline: none; } .ringed:focus-visible { outline: 3px solid #0969da; } .far { position: absolute; left: -9999px; }</style></head>
            <body><a href="#a" class="ringed">shows it</a> <a href="#b">shows nothing</a> <a href="#c" class="ringed far">off screen</a></body></html>
            """);
        var stops = await KeyboardFocus.TabThroughAsync(page);

        Assert.Equal([true, false, false], stops.Select(s => s.Visible));
        Assert.False(stops[1].Outline);
        Assert.False(stops[2].OnScreen);
    }

    [Fact]
    public async Task The_badge_check_reports_a_badge_without_a_word()
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>badges</title>
            <style>.gone { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }</style></head>
            <body><span class="badge"><span class="icon">●</span> On track</span>
            <span class="badge"><span class="icon">✖</span></span>
            <span class="badge"><span class="icon">▲</span><span class="gone">At risk</span></span></body></html>
            """);
        var scan = JsonDocument.Parse(await page.EvaluateAsync<string>(PageScripts.Badges)).RootElement;

        Assert.Equal(3, scan.GetProperty("count").GetInt32());
        Assert.Equal(2, scan.GetProperty("wordless").GetArrayLength());
    }
}
