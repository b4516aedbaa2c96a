using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OkrSite.BrowserTests.Crawling;

/// <summary>
/// Crawls a site served on 127.0.0.1: starts at <see cref="CrawlOptions.Start"/>, follows every internal link
/// under the start URL's path, then also visits every */index.html of <see cref="CrawlOptions.OutputDirectory"/>
/// that no link reached (a redirect page only by its target, which must be a linked page). Every page goes through <see cref="PageProbe"/>; every internal &lt;a href&gt; and
/// &lt;source srcset&gt; must answer 200 (<see cref="LinkChecker"/>) and every #fragment must name an id on its
/// target page. Requests to other hosts are reported and aborted, so a crawl never leaves the machine.
/// </summary>
public sealed partial class SiteCrawler(IBrowser browser, CrawlOptions options)
{
    public async Task<CrawlReport> CrawlAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await Contexts.NewAsync(browser, Contexts.Wide, options.ColorScheme).ConfigureAwait(false);
        using var links = new LinkChecker(options.Start, options.TimeoutMs);

        var problems = new List<Problem>();
        var visits = new Dictionary<string, PageVisit>(StringComparer.Ordinal);
        var pending = new Queue<Uri>();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new List<(string Page, string Raw, string Target, string Fragment)>();
        var orphans = new List<string>();

        void Enqueue(Uri page)
        {
            if (queued.Add(page.AbsoluteUri))
            {
                pending.Enqueue(page);
            }
        }

        async Task DrainAsync()
        {
            while (pending.TryDequeue(out var url))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (visits.Count >= options.MaxPages)
                {
                    problems.Add(new Problem(PageProbe.PathOf(url.AbsoluteUri), ProblemKind.Site, $"not visited: the crawl stops after {options.MaxPages} pages"));
                    continue;
                }

                var visit = await PageProbe.VisitAsync(context, url, 200, options.TimeoutMs).ConfigureAwait(false);
                visits[url.AbsoluteUri] = visit;
                problems.AddRange(visit.Problems);
                problems.AddRange(await links.CheckAsync(visit, cancellationToken).ConfigureAwait(false));
                foreach (var link in visit.Snapshot?.Links ?? [])
                {
                    if (links.IsInternal(link.Url, out var target)
                        && await links.StatusAsync(target, cancellationToken).ConfigureAwait(false) == 200
                        && AsPage(target) is { } page)
                    {
                        Enqueue(page);
                        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                        if (fragment.Length > 0 && page.AbsoluteUri != url.AbsoluteUri)
                        {
                            anchors.Add((visit.Page, link.Raw, page.AbsoluteUri, fragment));
                        }
                    }
                }
            }
        }

        Enqueue(AsPage(options.Start) ?? options.Start);
        await DrainAsync().ConfigureAwait(false);

        if (options.OutputDirectory is { } output)
        {
            foreach (var file in Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var folder = Path.GetRelativePath(output, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '/');
                var relative = folder == "." ? "" : string.Join('/', folder.Split('/').Select(Uri.EscapeDataString)) + "/";
                var page = new Uri(options.Start, relative);
                if (RedirectTarget().Match(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)) is { Success: true } redirect)
                {
                    // A redirect page (OkrSite writes one at each objective's former URL) leaves at once, so it is not
                    // probed; its target must be a page that the site's own links reach.
                    var target = new Uri(page, redirect.Groups["url"].Value);
                    if (!queued.Contains((AsPage(target) ?? target).AbsoluteUri) || await links.StatusAsync(target, cancellationToken).ConfigureAwait(false) != 200)
                    {
                        problems.Add(new Problem(PageProbe.PathOf(page.AbsoluteUri), ProblemKind.BrokenLink, $"redirects to {PageProbe.PathOf(target.AbsoluteUri)}, which no link of the site reaches"));
                    }

                    continue;
                }

                if (!queued.Contains(page.AbsoluteUri))
                {
                    orphans.Add(PageProbe.PathOf(page.AbsoluteUri));
                    Enqueue(page);
                }
            }

            await DrainAsync().ConfigureAwait(false);
        }

        foreach (var (page, raw, target, fragment) in anchors)
        {
            if (visits.TryGetValue(target, out var visit) && visit.Snapshot is { } snapshot && !snapshot.Ids.Contains(fragment, StringComparer.Ordinal))
            {
                problems.Add(new Problem(page, ProblemKind.MissingAnchor, $"\"{raw}\": {PageProbe.PathOf(target)} has no element with id \"{fragment}\""));
            }
        }

        return new CrawlReport([.. visits.Values.Select(v => v.Page)], orphans, [.. problems.Distinct()]);
    }

    /// <summary>The canonical page URL (x/index.html → x/, no query or fragment) of an HTML page under the start path, else null.</summary>
    private Uri? AsPage(Uri url)
    {
        var path = url.AbsolutePath;
        if (!path.StartsWith(options.Start.AbsolutePath, StringComparison.Ordinal) || !(path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal)))
        {
            return null;
        }

        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        return new UriBuilder(url) { Path = path, Query = "", Fragment = "" }.Uri;
    }

    [GeneratedRegex(@"<meta http-equiv=""refresh"" content=""0; url=(?<url>[^""]+)"">", RegexOptions.CultureInvariant)]
    private static partial Regex RedirectTarget();
}

/// <summary>
/// Where a crawl starts (a page URL on 127.0.0.1, e.g. http://127.0.0.1:41234/okrsite/), the build output whose
/// */index.html are all visited too, the colour scheme of the browser, and the bounds of the crawl.
/// </summary>
public sealed record CrawlOptions(Uri Start, string? OutputDirectory = null)
{
    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;

    /// <summary>Per navigation and per link check.</summary>
    public float TimeoutMs { get; init; } = 15_000;

    public int MaxPages { get; init; } = 500;
}
