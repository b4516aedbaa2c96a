using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using OkrSite.BrowserTests.Support;
using OkrSite.Core.Pipeline;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// The sample site built with "links": "index.html" and opened from disk (file://), as from a file share: the
/// stylesheet, logo and charts load under the pages' Content-Security-Policy, and clicking through the navigation
/// reaches each page's file.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FileShareTests(BrowserFixture fixture)
{
    private static string BuildForFileShare(string work)
    {
        var site = Path.Combine(work, "site");
        var output = Path.Combine(work, "out");
        SampleSite.CopyFolder(Path.Combine(RepositoryRoot.Path, "content"), Path.Combine(site, "content"));
        Directory.CreateDirectory(Path.Combine(site, "static"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "themes", "default", "assets", "favicon.svg"), Path.Combine(site, "static", "logo.svg"));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "site.json")))!.AsObject();
        json.Remove("baseUrl");
        json["links"] = "index.html";
        json["logo"] = "logo.svg";
        File.WriteAllText(Path.Combine(site, "site.json"), json.ToJsonString());
        var result = SiteBuilder.Build(new BuildOptions(site, output, UseCache: false));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        return output;
    }

    [Fact]
    public async Task The_site_navigates_and_loads_its_files_from_disk()
    {
        var output = BuildForFileShare(Path.Combine(fixture.WorkDirectory, "file-share"));
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        await page.GotoAsync(new Uri(Path.Combine(output, "index.html")).AbsoluteUri);
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('img.logo').complete && document.querySelector('img.logo').naturalWidth > 0"));

        await page.ClickAsync("nav[aria-label=Site] >> text=KPIs");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.EndsWith("/kpis/index.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("KPIs", await page.InnerTextAsync("h1"));

        await page.ClickAsync("table a >> nth=0");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Matches("/kpis/[a-z0-9-]+/index\\.html$", page.Url);
        Assert.True(await page.EvaluateAsync<bool>("[...document.querySelectorAll('.chart img')].every(i => i.complete && i.naturalWidth > 0)"));
        Assert.True(await page.EvaluateAsync<bool>("document.styleSheets.length > 0 && document.querySelector('img.logo').naturalWidth > 0"));

        await page.ClickAsync("a.brand");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.EndsWith("/out/index.html", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
