using System.Text.Json;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using OkrSite.BrowserTests.Support;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// Full-page screenshots of the dashboard, an objective and a KPI, wide (1280×900) and on a phone (390×844),
/// the dashboard printed, and all three in dark mode, written to artifacts/screenshots/ for CI to keep. On the phone, the page must fit
/// the screen: no horizontal scrolling. In dark mode, every chart shows its dark rendering.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Lists the elements sticking out of the layout viewport that no scrolling or clipping ancestor contains.</summary>
    private const string OverflowScript = """
        () => {
          const width = window.innerWidth;
          const clipped = e => {
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
            }
            return false;
          };
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + Array.from(e.classList, c => '.' + c).join('');
          const wide = Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getBoundingClientRect().right > width + 1 && !clipped(e))
            .slice(0, 10)
            .map(e => name(e) + ' reaches ' + Math.round(e.getBoundingClientRect().right) + 'px');
          return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide });
        }
        """;

    /// <summary>For each &lt;picture&gt; with a prefers-color-scheme: dark source: that source's URL and the URL the img shows.</summary>
    private const string PicturesScript = """
        () => JSON.stringify(Array.from(document.querySelectorAll('picture')).flatMap(picture => {
          const dark = Array.from(picture.querySelectorAll('source[srcset]'))
            .find(s => (s.media || '').replace(/\s+/g, '').includes('prefers-color-scheme:dark'));
          const img = picture.querySelector('img');
          if (!dark || !img) return [];
          const first = dark.getAttribute('srcset').split(',')[0].trim().split(/\s+/)[0];
          return [{ dark: new URL(first, document.baseURI).href, shown: img.currentSrc }];
        }))
        """;

    [Theory]
    [InlineData("dashboard")]
    [InlineData("objective")]
    [InlineData("kpi")]
    public async Task Page_is_captured_wide_and_fits_a_phone_screen(string kind)
    {
        var url = PageOf(kind);

        await using (var wide = await Contexts.NewAsync(fixture.Browser, Contexts.Wide))
        {
            var page = await OpenAsync(wide, url);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"{kind}-wide.png"), FullPage = true });
        }

        await using var phone = await Contexts.NewAsync(fixture.Browser, Contexts.Phone, phone: true);
        var onPhone = await OpenAsync(phone, url);
        await onPhone.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"{kind}-phone.png"), FullPage = true });
        var overflow = JsonSerializer.Deserialize<Overflow>(await onPhone.EvaluateAsync<string>(OverflowScript), Json)!;
        Assert.True(
            overflow.InnerWidth == Contexts.Phone.Width,
            $"{url.AbsolutePath}: the layout viewport is {overflow.InnerWidth}px wide on a {Contexts.Phone.Width}px phone; "
            + "the page needs <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Assert.True(
            overflow.ScrollWidth <= overflow.InnerWidth + 1,
            $"{url.AbsolutePath} scrolls sideways on a phone: {overflow.ScrollWidth}px of content in a {overflow.InnerWidth}px screen; "
            + $"sticking out: {(overflow.Wide.Count == 0 ? "(no single element found)" : string.Join("; ", overflow.Wide))}");
    }

    [Fact]
    public async Task Dashboard_is_captured_as_printed()
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(PageOf("dashboard").AbsoluteUri);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("dashboard-print.png"), FullPage = true });
        Assert.True(new FileInfo(ScreenshotPath("dashboard-print.png")).Length > 0);
    }

    [Theory]
    [InlineData("dashboard")]
    [InlineData("objective")]
    [InlineData("kpi")]
    public async Task Page_in_dark_mode_shows_the_dark_charts(string kind)
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide, ColorScheme.Dark);
        var url = PageOf(kind);
        var page = await OpenAsync(context, url);
        var snapshot = PageSnapshot.Parse(await page.EvaluateAsync<string>(PageSnapshot.Script));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath($"{kind}-dark.png"), FullPage = true });

        var pictures = JsonSerializer.Deserialize<List<Picture>>(await page.EvaluateAsync<string>(PicturesScript), Json)!;
        var problems = snapshot.Images.Where(i => !i.Ok).Select(i => $"<img src=\"{i.Raw}\"> did not load ({PageProbe.PathOf(i.Url)})")
            .Concat(pictures.Where(p => p.Shown != p.Dark).Select(p => $"a <picture> shows {PageProbe.PathOf(p.Shown)} instead of its dark source {PageProbe.PathOf(p.Dark)}"))
            .ToList();
        Assert.True(problems.Count == 0, $"{url.AbsolutePath} in dark mode:\n" + string.Join('\n', problems));
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, Uri url)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response?.Status == 200, $"{url.AbsolutePath} answered {response?.Status}");
        return page;
    }

    /// <summary>The dashboard, or the first objective or KPI page (ordinal order) of the build output with a chart, else the first.</summary>
    private Uri PageOf(string kind)
    {
        var server = fixture.RequireSample();
        if (kind == "dashboard")
        {
            return server.SiteUrl;
        }

        // Objective pages are objectives/<period>/<id>/; objectives/<id>/ are redirects from their former URLs, not pages.
        var folder = Path.Combine(server.Root, kind + "s");
        var pages = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, Path.GetDirectoryName(f)!).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(d => d != "." && !File.ReadAllText(Path.Combine(folder, d, "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList()
            : [];
        var first = pages.FirstOrDefault(d => File.ReadAllText(Path.Combine(folder, d, "index.html")).Contains("<picture", StringComparison.Ordinal))
            ?? pages.FirstOrDefault();
        Assert.True(first is not null, $"the build output has no {kind} page ({kind}s/…/index.html) in {server.Root}");
        return new Uri(server.SiteUrl, $"{kind}s/{string.Join('/', first.Split('/').Select(Uri.EscapeDataString))}/");
    }

    private static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        return Path.Combine(BrowserFixture.ScreenshotDirectory, name);
    }

    private sealed record Overflow(int ScrollWidth, int InnerWidth, IReadOnlyList<string> Wide);

    private sealed record Picture(string Dark, string Shown);
}
