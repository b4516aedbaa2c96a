using System.Text.Json;
using System.Text.RegularExpressions;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Support;

namespace OkrSite.BrowserTests.Audits;

/// <summary>One page to audit: its kind (the layout's body class kind-…, "closed-period" for a final period), URL, path, &lt;img&gt; count and the status it answers.</summary>
public sealed record SitePage(string Kind, Uri Url, string Path, int Images, int Status = 200)
{
    public override string ToString() => Path;
}

/// <summary>
/// The pages the audits check: every page a crawl visited plus the 404 page, each with its kind read from the
/// built file (<c>&lt;body class="kind-…"&gt;</c>, written by the base layout), so the audits cover whatever pages a
/// redesign makes and pick one page per kind for the screenshots without a list of URLs.
/// </summary>
public static partial class SitePages
{
    /// <summary>The kinds the sample must have a page of (each gets screenshots).</summary>
    public static IReadOnlyList<string> RequiredKinds { get; } =
        ["dashboard", "period", "closed-period", "evaluation", "objective", "kpi", "kpis", "team", "teams", "alignment", "changes", "coach", "404"];

    public const string NotFoundPath = "no-such-page/";

    public static IReadOnlyList<SitePage> Of(StaticSiteServer server, CrawlReport crawl)
    {
        var final = FinalPeriods(Path.Combine(server.Root, "report.json"));
        var prefix = server.SiteUrl.AbsolutePath;
        var pages = new List<SitePage>();
        foreach (var path in crawl.Pages)
        {
            var relative = Uri.UnescapeDataString(path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path.TrimStart('/'));
            var file = relative.Length == 0 || relative.EndsWith('/')
                ? Path.Combine(server.Root, relative, "index.html")
                : Path.Combine(server.Root, relative);
            var html = File.ReadAllText(file);
            var kind = KindOf(html);
            var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (kind == "period" && segments.Length > 0 && final.Contains(segments[^1]))
            {
                kind = "closed-period";
            }

            pages.Add(new SitePage(kind, new Uri(server.SiteUrl, path[prefix.Length..]), path, ImageCount().Count(html)));
        }

        var notFound = File.ReadAllText(Path.Combine(server.Root, "404.html"));
        var missing = new Uri(server.SiteUrl, NotFoundPath);
        pages.Add(new SitePage(KindOf(notFound), missing, missing.AbsolutePath, ImageCount().Count(notFound), Status: 404));
        return pages;
    }

    /// <summary>
    /// One page per kind, in the order of <see cref="RequiredKinds"/> and then any other kind: the one with the most
    /// images (charts), the first visited of those, so a screenshot shows the richest page of its kind.
    /// </summary>
    public static IReadOnlyList<SitePage> OnePerKind(IEnumerable<SitePage> pages) =>
        [.. pages.Select((page, order) => (page, order))
            .GroupBy(p => p.page.Kind, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.page.Images).ThenBy(p => p.order).First().page)
            .OrderBy(p => RequiredKinds.Contains(p.Kind) ? RequiredKinds.ToList().IndexOf(p.Kind) : RequiredKinds.Count)
            .ThenBy(p => p.Kind, StringComparer.Ordinal)];

    /// <summary>The page's kind from its body class, or "(no kind-… body class)" so that a report says what is missing.</summary>
    public static string KindOf(string html) =>
        BodyKind().Match(html) is { Success: true } match ? match.Groups["kind"].Value : "(no kind-… body class)";

    private static HashSet<string> FinalPeriods(string reportJson)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(reportJson));
        var final = new HashSet<string>(StringComparer.Ordinal);
        if (report.RootElement.TryGetProperty("summaries", out var summaries))
        {
            foreach (var summary in summaries.EnumerateArray())
            {
                if (summary.TryGetProperty("final", out var isFinal) && isFinal.ValueKind == JsonValueKind.True
                    && summary.TryGetProperty("period", out var period) && period.GetString() is { } id)
                {
                    final.Add(id);
                }
            }
        }

        return final;
    }

    [GeneratedRegex(@"<body\b[^>]*\bclass=""[^""]*\bkind-(?<kind>[a-z0-9-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyKind();

    [GeneratedRegex(@"<img\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImageCount();
}
