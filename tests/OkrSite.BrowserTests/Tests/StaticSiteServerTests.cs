using OkrSite.BrowserTests.Support;

namespace OkrSite.BrowserTests.Tests;

/// <summary>The in-test server behaves like GitHub Pages for a project site under /okrsite/ (no browser needed).</summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private StaticSiteServer? server;
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(15) };

    private Uri Site => server!.SiteUrl;

    public async Task InitializeAsync() =>
        server = await StaticSiteServer.StartAsync(Path.Combine(AppContext.BaseDirectory, "BrokenSite"), "/okrsite/");

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public void Listens_on_loopback_under_the_prefix()
    {
        Assert.Equal("127.0.0.1", Site.Host);
        Assert.Equal("/okrsite/", Site.AbsolutePath);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8", "A site with deliberate problems")]
    [InlineData("clean/", "text/html; charset=utf-8", "Nothing wrong here")]
    [InlineData("clean/index.html", "text/html; charset=utf-8", "Nothing wrong here")]
    [InlineData("assets/site.css", "text/css; charset=utf-8", "font-family")]
    [InlineData("assets/ok.svg", "image/svg+xml", "<svg")]
    public async Task Serves_files_with_their_content_type(string path, string contentType, string content)
    {
        using var response = await http.GetAsync(new Uri(Site, path));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".json", "application/json; charset=utf-8")]
    [InlineData(".png", "image/png")]
    [InlineData(".js", "text/javascript; charset=utf-8")]
    [InlineData(".svg", "image/svg+xml")]
    public void Knows_the_content_type_of_every_file_the_site_writes(string extension, string contentType)
    {
        Assert.Equal(contentType, MimeTypes.For("x" + extension));
    }

    [Theory]
    [InlineData("clean", "/okrsite/clean/")]
    [InlineData("/okrsite", "/okrsite/")]
    public async Task Redirects_a_folder_to_its_slash_form(string path, string location)
    {
        using var response = await http.GetAsync(new Uri(Site, path));
        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/okrsite/missing/")]
    [InlineData("/okrsite/missing.png")]
    public async Task Answers_a_missing_file_with_the_404_page(string path)
    {
        using var response = await http.GetAsync(new Uri(Site, path));
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/clean/")]
    [InlineData("/okrsite-other/")]
    [InlineData("/okrsite/%2E%2E/%2E%2E/etc/passwd")]
    public async Task Serves_nothing_outside_the_prefix(string path)
    {
        using var response = await http.GetAsync(new Uri(Site, path));
        Assert.Equal(404, (int)response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_head_without_a_body()
    {
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Site));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
