using System.Text.Json;
using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

/// <summary>
/// "links": "index.html", for a site opened from a file share: built on disk, every link and image of every page
/// must lead to a file that exists, found the way a browser resolves it under file:// (relative to the page, a
/// folder never completed to its index.html).
/// </summary>
public partial class FileLinksTests
{
    private static TempSite SampleSite(string siteJson)
    {
        var site = new TempSite();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*", SearchOption.AllDirectories))
        {
            site.Bytes(Path.GetRelativePath(Repository.Root, file), File.ReadAllBytes(file));
        }

        return site.File("site.json", siteJson);
    }

    private static BuildResult Build(TempSite site)
    {
        var result = TestBuild.Run(new BuildOptions(site.Root, site.Output, UseCache: false));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>Every href, src and srcset URL of every HTML file of the output, with the file it is on.</summary>
    private static List<(string Page, string Url)> Links(string output) =>
        [.. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(page => LinkAttribute().Matches(File.ReadAllText(page)).Select(m => (page, System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))))];

    /// <summary>Where a relative URL leads from a page on disk, or null for a link within the page.</summary>
    private static string? Target(string page, string url)
    {
        var path = url.Split('#')[0];
        return path.Length == 0 ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
    }

    private static void AssertEveryLinkLeadsToAFile(string output)
    {
        var links = Links(output);
        Assert.True(links.Count > 100, $"only {links.Count} links found");
        var broken = links
            .Where(l => l.Url.StartsWith('/') || l.Url.Contains(':', StringComparison.Ordinal) || (Target(l.Page, l.Url) is { } t && !File.Exists(t)))
            .Select(l => $"{Path.GetRelativePath(output, l.Page)}: {l.Url}")
            .Distinct()
            .ToList();
        Assert.True(broken.Count == 0, "links that file:// cannot follow:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_link_of_the_sample_site_leads_to_a_file_on_disk()
    {
        using var site = SampleSite("""{ "title": "Acme", "links": "index.html", "logo": "logo.svg" }""")
            .File("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Build(site);

        AssertEveryLinkLeadsToAFile(site.Output);
    }

    [Fact]
    public void Every_link_of_the_northwind_site_leads_to_a_file_on_disk_including_404_and_the_redirects()
    {
        using var site = TempSite.CopyOf("northwind")
            .File("site.json", """{ "title": "Northwind", "period": "2026-Q3", "asOf": "2026-08-15", "links": "index.html" }""")
            .File("static/favicon.ico", "ico");
        Build(site);

        AssertEveryLinkLeadsToAFile(site.Output);
        var notFound = File.ReadAllText(Path.Combine(site.Output, "404.html"));
        Assert.Contains("href=\"index.html\"", notFound, StringComparison.Ordinal);
        var redirect = File.ReadAllText(Path.Combine(site.Output, "objectives", "emea", "index.html"));
        Assert.Contains("url=../../objectives/2026-Q3/emea/index.html", redirect, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_links_stay_the_default_and_lead_to_folders()
    {
        using var site = TempSite.CopyOf("northwind");
        Build(site);

        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("href=\"kpis/\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/index.html\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_urls_are_relative_to_it_and_end_in_index_html()
    {
        using var site = TempSite.CopyOf("northwind")
            .File("site.json", """{ "title": "Northwind", "period": "2026-Q3", "asOf": "2026-08-15", "links": "index.html" }""");
        Build(site);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
        var root = json.RootElement;
        Assert.Equal(string.Empty, root.GetProperty("baseUrl").GetString());
        var urls = new[] { "objectives", "kpis", "teams" }.SelectMany(k => root.GetProperty(k).EnumerateArray().Select(e => e.GetProperty("url").GetString()!)).ToList();
        Assert.Equal(7, urls.Count);
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(site.Output, url)), url));
        Assert.Contains("objectives/2026-Q3/emea/index.html", urls);
    }

    [Fact]
    public void Report_json_urls_with_folder_links_stay_behind_the_base_url()
    {
        using var site = TempSite.CopyOf("northwind")
            .File("site.json", """{ "title": "Northwind", "period": "2026-Q3", "asOf": "2026-08-15", "baseUrl": "/okr/" }""");
        Build(site);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
        Assert.Equal("/okr/", json.RootElement.GetProperty("baseUrl").GetString());
        Assert.Equal("/okr/kpis/churn/", json.RootElement.GetProperty("kpis")[0].GetProperty("url").GetString());
    }

    [GeneratedRegex("(?:href|src|srcset)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();
}
