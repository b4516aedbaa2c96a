using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Crawling;
using UglyToad.PdfPig;

namespace OkrSite.BrowserTests.Audits;

/// <summary>
/// The checks that hold for every page, in three passes over all pages (one browser context each, a page per tab):
/// wide (axe in the light and then the dark scheme, badges), phone (horizontal overflow, chart text size) and print
/// (overflow of the printable A4 width, clipped or scrolled boxes, the dashboard's PDF page count). One page per
/// kind is also captured into <paramref name="screenshots"/>: wide, dark, phone, print (PNG) and the printed PDF.
/// A page that does not load is an error of the pass, never a page silently left out.
/// </summary>
public sealed class SampleAudit(IBrowser browser, IReadOnlyList<SitePage> pages, string screenshots)
{
    /// <summary>A4 and Letter widths in CSS px (96 per inch); A4 is the narrower, so a page that fits it fits both.</summary>
    public const double A4Width = 210 / 25.4 * 96;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly IReadOnlyList<SitePage> samples = SitePages.OnePerKind(pages);

    public IReadOnlyList<SitePage> Samples => samples;

    public async Task<WideAudit> WideAsync(string axeScript)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var errors = new List<string>();
        await using var context = await Contexts.NewAsync(browser, Contexts.Wide, ColorScheme.Light, bypassCsp: true).ConfigureAwait(false);
        var results = await ForEachPageAsync(context, errors, print: false, async (page, site) =>
        {
            var files = new List<string>();
            var badges = JsonSerializer.Deserialize<BadgeScan>(await page.EvaluateAsync<string>(PageScripts.Badges).ConfigureAwait(false), Json)!;
            var light = new PageAxe(site, ColorScheme.Light, await Axe.RunAsync(page, axeScript).ConfigureAwait(false));
            await CaptureAsync(page, site, "wide", files).ConfigureAwait(false);

            // The same document in the dark scheme: the media queries apply at once; images that switch load again.
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark }).ConfigureAwait(false);
            await page.EvaluateAsync(PageScripts.SettleImages).ConfigureAwait(false);
            var dark = new PageAxe(site, ColorScheme.Dark, await Axe.RunAsync(page, axeScript).ConfigureAwait(false));
            await CaptureAsync(page, site, "dark", files).ConfigureAwait(false);
            return (Axe: new[] { light, dark }, Badges: badges.Count, Wordless: badges.Wordless.Select(b => $"{site.Path}: {b}").ToList(), Files: files);
        }).ConfigureAwait(false);

        var done = results.Where(r => r.Axe is not null).ToList();
        return new WideAudit(
            pages.Count,
            [.. done.SelectMany(r => r.Axe)],
            done.Sum(r => r.Badges),
            [.. done.SelectMany(r => r.Wordless)],
            errors,
            [.. done.SelectMany(r => r.Files)],
            clock.Elapsed);
    }

    public async Task<PhoneAudit> PhoneAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var errors = new List<string>();
        var width = Contexts.Phone.Width;
        await using var context = await Contexts.NewAsync(browser, Contexts.Phone, phone: true).ConfigureAwait(false);
        var results = await ForEachPageAsync(context, errors, print: false, async (page, site) =>
        {
            var files = new List<string>();
            var result = JsonSerializer.Deserialize<Overflow>(await page.EvaluateAsync<string>(PageScripts.Overflow, width).ConfigureAwait(false), Json)!;
            string? overflow = null;
            if (result.InnerWidth != width || result.ScrollWidth > width + 1)
            {
                // A phone widens the layout viewport to the content, so a viewport wider than the screen is overflow too.
                overflow = $"{site.Path}: {result.ScrollWidth}px of content (layout viewport {result.InnerWidth}px) on a {width}px screen; sticking out: "
                    + (result.Wide.Count == 0 ? "(no single element found; or the page lacks <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">)" : string.Join("; ", result.Wide));
            }

            var shown = JsonSerializer.Deserialize<List<ChartImage>>(await page.EvaluateAsync<string>(PageScripts.ChartImages).ConfigureAwait(false), Json)!;
            await CaptureAsync(page, site, "phone", files).ConfigureAwait(false);
            return (Overflow: overflow, Images: shown.Select(c => (Site: site, Image: c)).ToList(), Files: files);
        }).ConfigureAwait(false);

        var done = results.Where(r => r.Images is not null).ToList();
        var charts = await MeasureChartTextAsync([.. done.SelectMany(r => r.Images)]).ConfigureAwait(false);
        return new PhoneAudit(pages.Count, [.. done.Select(r => r.Overflow).OfType<string>()], charts, errors, [.. done.SelectMany(r => r.Files)], clock.Elapsed);
    }

    /// <summary>
    /// Each chart's SVG opened by itself in a viewport of the size it had on the phone (the viewBox scales it as the
    /// img did, and its own media queries see the same width): the smallest rendered text. A chart shown at the same
    /// width on several pages is measured once.
    /// </summary>
    private async Task<IReadOnlyList<ChartText>> MeasureChartTextAsync(IReadOnlyList<(SitePage Site, ChartImage Image)> images)
    {
        var measured = new List<ChartText>();
        await using var context = await Contexts.NewAsync(browser, Contexts.Phone).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var seen = new HashSet<(string, double)>();
        foreach (var (site, image) in images)
        {
            var width = Math.Round(image.Width, 1);
            if (!seen.Add((image.Src, width)) || image.Width < 1 || image.Height < 1)
            {
                continue;
            }

            var chart = PageProbe.PathOf(image.Src);
            try
            {
                var (count, smallest, error) = await SmallestChartTextAsync(page, new Uri(image.Src), image.Width, image.Height).ConfigureAwait(false);
                bool? followsDark = null;
                if (error is null)
                {
                    followsDark = await FollowsDarkSchemeAsync(page).ConfigureAwait(false);
                }

                measured.Add(new ChartText(site.Path, chart, width, count, smallest?.Px, smallest?.Text, error) { FollowsDarkScheme = followsDark });
            }
            catch (PlaywrightException ex)
            {
                measured.Add(new ChartText(site.Path, chart, width, 0, null, null, FirstLine(ex)));
            }
        }

        return measured;
    }

    /// <summary>
    /// The SVG at <paramref name="svg"/> opened in <paramref name="page"/> at <paramref name="width"/> ×
    /// <paramref name="height"/> CSS px: how many visible texts it has, the smallest rendered one, or why it could not be measured.
    /// </summary>
    public static async Task<(int Texts, SvgTextSize? Smallest, string? Error)> SmallestChartTextAsync(IPage page, Uri svg, double width, double height)
    {
        await page.SetViewportSizeAsync((int)Math.Ceiling(width), (int)Math.Ceiling(height)).ConfigureAwait(false);
        var response = await page.GotoAsync(svg.AbsoluteUri).ConfigureAwait(false);
        if (response?.Status != 200)
        {
            return (0, null, $"answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
        }

        var sizes = JsonSerializer.Deserialize<SvgSizes>(
            await page.EvaluateAsync<string>(PageScripts.SvgTextSizes, new[] { width, height }).ConfigureAwait(false), Json)!;
        return (sizes.Sizes?.Count ?? 0, sizes.Sizes?.MinBy(s => s.Px), sizes.Error);
    }

    /// <summary>
    /// Whether the SVG document open in <paramref name="page"/> changes its colours in the dark scheme: one SVG serves
    /// both schemes only through CSS inside it (prefers-color-scheme). The page is left in the light scheme.
    /// </summary>
    public static async Task<bool> FollowsDarkSchemeAsync(IPage page)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light }).ConfigureAwait(false);
        var light = await page.EvaluateAsync<string>(PageScripts.SvgColours).ConfigureAwait(false);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark }).ConfigureAwait(false);
        var dark = await page.EvaluateAsync<string>(PageScripts.SvgColours).ConfigureAwait(false);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light }).ConfigureAwait(false);
        return dark != light;
    }

    public async Task<PrintAudit> PrintAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var errors = new List<string>();

        // The printable width comes from the theme's own @page margins, read from the dashboard's style sheets.
        PageMargins margins;
        await using (var probe = await Contexts.NewAsync(browser, Contexts.Wide).ConfigureAwait(false))
        {
            var page = await probe.NewPageAsync().ConfigureAwait(false);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
            await page.GotoAsync((pages.FirstOrDefault(p => p.Kind == "dashboard") ?? pages[0]).Url.AbsoluteUri).ConfigureAwait(false);
            margins = JsonSerializer.Deserialize<PageMargins>(await page.EvaluateAsync<string>(PageScripts.PageMargins).ConfigureAwait(false), Json)!;
        }

        var printable = A4Width - margins.Left - margins.Right;
        var viewport = new ViewportSize { Width = (int)Math.Floor(printable), Height = 1123 };
        await using var context = await Contexts.NewAsync(browser, viewport).ConfigureAwait(false);
        var results = await ForEachPageAsync(context, errors, print: true, async (page, site) =>
        {
            var files = new List<string>();
            var pdfPages = new Dictionary<string, int>(StringComparer.Ordinal);
            var result = JsonSerializer.Deserialize<Overflow>(await page.EvaluateAsync<string>(PageScripts.Overflow, viewport.Width).ConfigureAwait(false), Json)!;
            string? overflow = null;
            if (result.ScrollWidth > viewport.Width + 1 || result.Wide.Count > 0)
            {
                overflow = $"{site.Path}: {result.ScrollWidth}px of content in the {viewport.Width}px printable width; sticking out: "
                    + (result.Wide.Count == 0 ? "(no single element found)" : string.Join("; ", result.Wide));
            }

            var clipped = JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(PageScripts.Clipped).ConfigureAwait(false), Json)!
                .Select(c => $"{site.Path}: {c}").ToList();
            if (await CaptureAsync(page, site, "print", files).ConfigureAwait(false))
            {
                var pdf = Path.Combine(screenshots, $"{site.Kind}-print.pdf");
                pdfPages["A4"] = await PrintPdfAsync(page, "A4", pdf).ConfigureAwait(false);
                files.Add(pdf);
                if (site.Kind == "dashboard")
                {
                    var letter = Path.Combine(screenshots, "dashboard-print-letter.pdf");
                    pdfPages["Letter"] = await PrintPdfAsync(page, "Letter", letter).ConfigureAwait(false);
                    files.Add(letter);
                }
            }

            return (Overflow: overflow, Clipped: clipped, Files: files, PdfPages: site.Kind == "dashboard" ? pdfPages : null);
        }).ConfigureAwait(false);

        var done = results.Where(r => r.Clipped is not null).ToList();
        var dashboard = done.Select(r => r.PdfPages).OfType<Dictionary<string, int>>().FirstOrDefault() ?? [];
        var overflowing = done.Select(r => r.Overflow).OfType<string>().ToList();
        var clippedBoxes = done.SelectMany(r => r.Clipped).ToList();
        var captured = done.SelectMany(r => r.Files).ToList();
        return new PrintAudit(printable, margins, pages.Count, overflowing, clippedBoxes, dashboard, errors, captured, clock.Elapsed);
    }

    /// <summary>The page printed by Chromium (the theme's @page size wins over <paramref name="format"/> when it sets one), saved; its page count.</summary>
    private static async Task<int> PrintPdfAsync(IPage page, string format, string path)
    {
        var bytes = await page.PdfAsync(new PagePdfOptions { Format = format, PreferCSSPageSize = true, PrintBackground = true, Path = path }).ConfigureAwait(false);
        using var pdf = PdfDocument.Open(bytes);
        return pdf.NumberOfPages;
    }

    /// <summary>A full-page screenshot <c>&lt;kind&gt;-&lt;view&gt;.png</c> when <paramref name="site"/> is its kind's sample; true when taken.</summary>
    private async Task<bool> CaptureAsync(IPage page, SitePage site, string view, List<string> files)
    {
        if (!samples.Contains(site))
        {
            return false;
        }

        Directory.CreateDirectory(screenshots);
        var path = Path.Combine(screenshots, $"{site.Kind}-{view}.png");
        File.Delete(path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true }).ConfigureAwait(false);
        files.Add(path);
        return true;
    }

    /// <summary>How many pages a pass has open at once: two tabs keep both cores busy while one waits on the other.</summary>
    private const int Parallelism = 2;

    /// <summary>
    /// <paramref name="audit"/> on every page, <see cref="Parallelism"/> tabs at a time, the results in page order
    /// (default where the page did not load or the audit failed: that is in <paramref name="errors"/>, in page order).
    /// </summary>
    private async Task<T[]> ForEachPageAsync<T>(IBrowserContext context, List<string> errors, bool print, Func<IPage, SitePage, Task<T>> audit)
    {
        var results = new T[pages.Count];
        var failures = new string?[pages.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            var site = pages[i];
            var page = await context.NewPageAsync().ConfigureAwait(false);
            try
            {
                if (print)
                {
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
                }

                var response = await page.GotoAsync(site.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                if (response?.Status != site.Status)
                {
                    failures[i] = $"{site.Path}: answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, expected {site.Status}";
                    return;
                }

                await page.EvaluateAsync(PageScripts.SettleImages).ConfigureAwait(false);
                results[i] = await audit(page, site).ConfigureAwait(false);
            }
            catch (PlaywrightException ex)
            {
                failures[i] = $"{site.Path}: {FirstLine(ex)}";
            }
            finally
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        errors.AddRange(failures.OfType<string>());
        return results;
    }

    private static string FirstLine(Exception ex) => ex.Message.Split('\n')[0];

    private sealed record BadgeScan(int Count, IReadOnlyList<string> Wordless);

    private sealed record Overflow(int ScrollWidth, int InnerWidth, IReadOnlyList<string> Wide);

    private sealed record ChartImage(string Src, double Width, double Height);

    private sealed record SvgSizes(IReadOnlyList<SvgTextSize>? Sizes, string? Error);

}

/// <summary>One &lt;text&gt; of an SVG and its rendered font size in CSS px.</summary>
public sealed record SvgTextSize(string Text, double Px);

/// <summary>axe's violations on one page in one colour scheme.</summary>
public sealed record PageAxe(SitePage Page, ColorScheme Scheme, IReadOnlyList<AxeViolation> Violations);

public sealed record WideAudit(int Pages, IReadOnlyList<PageAxe> Axe, int Badges, IReadOnlyList<string> WordlessBadges, IReadOnlyList<string> Errors, IReadOnlyList<string> Files, TimeSpan Elapsed);

public sealed record PhoneAudit(int Pages, IReadOnlyList<string> Overflow, IReadOnlyList<ChartText> Charts, IReadOnlyList<string> Errors, IReadOnlyList<string> Files, TimeSpan Elapsed);

/// <summary>One chart as shown on a phone: its width there, how many texts it has, the smallest rendered font size and its text.</summary>
public sealed record ChartText(string Page, string Chart, double Width, int Texts, double? SmallestPx, string? SmallestText, string? Error)
{
    /// <summary>Whether the SVG's colours change in the dark scheme (null when it could not be opened).</summary>
    public bool? FollowsDarkScheme { get; init; }

    public override string ToString() => Error is not null
        ? $"{Chart} (on {Page}): {Error}"
        : string.Create(CultureInfo.InvariantCulture, $"{Chart} at {Width:0.#}px (on {Page}): smallest text {SmallestPx:0.0}px \"{SmallestText}\" of {Texts}");
}

/// <summary>The @page margins in CSS px and the @page size (null when the theme sets none).</summary>
public sealed record PageMargins(double Left, double Right, string? Size);

public sealed record PrintAudit(
    double PrintableWidth,
    PageMargins Margins,
    int Pages,
    IReadOnlyList<string> Overflow,
    IReadOnlyList<string> Clipped,
    IReadOnlyDictionary<string, int> DashboardPdfPages,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Files,
    TimeSpan Elapsed);
