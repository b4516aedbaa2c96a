using System.Text.Json;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Audits;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// Full-page screenshots of one page of every kind (the audit passes take them: wide 1280×900, dark, phone 390×844,
/// print-emulated at the printable A4 width, and the printed PDF), written to artifacts/screenshots/ for CI to keep.
/// The dashboard, an objective and a KPI must fit a phone screen (no horizontal scrolling) and show every chart in
/// dark mode (a dark &lt;source&gt; where a chart still has one).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture, ITestOutputHelper log)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

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

    /// <summary>Every page kind the sample has, captured in each view; the files must be there and not empty.</summary>
    [Fact]
    public async Task One_page_of_every_kind_is_captured_wide_dark_on_a_phone_and_printed()
    {
        var audit = await fixture.AuditAsync();
        var (wide, phone, print) = (await fixture.WideAuditAsync(), await fixture.PhoneAuditAsync(), await fixture.PrintAuditAsync());
        var files = wide.Files.Concat(phone.Files).Concat(print.Files).ToHashSet(StringComparer.Ordinal);
        log.WriteLine($"{audit.Samples.Count} kinds of {wide.Pages} pages; wide pass (axe light and dark) {wide.Elapsed.TotalSeconds:0} s, phone {phone.Elapsed.TotalSeconds:0} s, print {print.Elapsed.TotalSeconds:0} s");
        log.WriteLine("captured pages: " + string.Join(", ", audit.Samples.Select(s => $"{s.Kind} {s.Path}")));

        var missingKinds = SitePages.RequiredKinds.Except(audit.Samples.Select(s => s.Kind)).ToList();
        Assert.True(missingKinds.Count == 0, "the sample has no page of kind " + string.Join(", ", missingKinds));
        var missing = audit.Samples
            .SelectMany(s => new[] { "wide.png", "dark.png", "phone.png", "print.png", "print.pdf" }.Select(v => Path.Combine(BrowserFixture.ScreenshotDirectory, $"{s.Kind}-{v}")))
            .Where(f => !files.Contains(f) || !File.Exists(f) || new FileInfo(f).Length == 0)
            .ToList();
        Assert.True(missing.Count == 0, "not captured:\n" + string.Join('\n', missing));
    }

    [Theory]
    [InlineData("dashboard")]
    [InlineData("objective")]
    [InlineData("kpi")]
    public async Task Page_fits_a_phone_screen(string kind)
    {
        var url = PageOf(kind);
        await using var phone = await Contexts.NewAsync(fixture.Browser, Contexts.Phone, phone: true);
        var onPhone = await OpenAsync(phone, url);
        var overflow = JsonSerializer.Deserialize<Overflow>(await onPhone.EvaluateAsync<string>(PageScripts.Overflow, Contexts.Phone.Width), Json)!;
        Assert.True(
            overflow.InnerWidth == Contexts.Phone.Width,
            $"{url.AbsolutePath}: the layout viewport is {overflow.InnerWidth}px wide on a {Contexts.Phone.Width}px phone; "
            + "the page needs <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Assert.True(
            overflow.ScrollWidth <= overflow.InnerWidth + 1,
            $"{url.AbsolutePath} scrolls sideways on a phone: {overflow.ScrollWidth}px of content in a {overflow.InnerWidth}px screen; "
            + $"sticking out: {(overflow.Wide.Count == 0 ? "(no single element found)" : string.Join("; ", overflow.Wide))}");
    }

    /// <summary>One SVG per chart follows the reader's scheme by CSS inside it: opened by itself, its colours change in dark mode.</summary>
    [Fact]
    public async Task Every_chart_follows_the_dark_scheme()
    {
        var charts = (await fixture.PhoneAuditAsync()).Charts;
        Assert.True(charts.Count > 0, "no chart on any page: the check has nothing to check");
        var fixedColours = charts.Where(c => c.FollowsDarkScheme != true).Select(c => $"{c.Chart} (on {c.Page}){(c.Error is null ? "" : ": " + c.Error)}").ToList();
        Assert.True(fixedColours.Count == 0, $"{fixedColours.Count} of {charts.Count} charts keep their light colours in the dark scheme:\n" + string.Join('\n', fixedColours));
    }

    [Theory]
    [InlineData("<style>text { fill: #1f2328; } @media (prefers-color-scheme: dark) { text { fill: #e6edf3; } }</style>", true)]
    [InlineData("<style>text { fill: #1f2328; }</style>", false)]
    public async Task The_dark_scheme_check_tells_an_svg_with_scheme_css_from_one_without(string style, bool follows)
    {
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        var url = new Uri("http://127.0.0.1:9/made-up/scheme.svg");
        var svg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">{style}<text x=\"10\" y=\"50\">label</text></svg>";
        await page.RouteAsync(url.AbsoluteUri, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/svg+xml", Body = svg }));
        await page.GotoAsync(url.AbsoluteUri);

        Assert.Equal(follows, await SampleAudit.FollowsDarkSchemeAsync(page));
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
        var first = pages.FirstOrDefault(d => File.ReadAllText(Path.Combine(folder, d, "index.html")).Contains("class=\"chart", StringComparison.Ordinal))
            ?? pages.FirstOrDefault();
        Assert.True(first is not null, $"the build output has no {kind} page ({kind}s/…/index.html) in {server.Root}");
        return new Uri(server.SiteUrl, $"{kind}s/{string.Join('/', first.Split('/').Select(Uri.EscapeDataString))}/");
    }

    private sealed record Overflow(int ScrollWidth, int InnerWidth, IReadOnlyList<string> Wide);

    private sealed record Picture(string Dark, string Shown);
}
