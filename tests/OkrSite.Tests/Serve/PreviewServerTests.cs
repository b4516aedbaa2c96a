using System.Net;
using System.Net.ServerSentEvents;
using System.Net.Sockets;
using System.Text;
using OkrSite.Cli.Serve;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Serve;

/// <summary>The HTTP behaviour of serve against a real Kestrel on a free port, answering from a fixed build.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Secret = "SECRET-OUTSIDE-THE-BUILD";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempSite _disk = new();
    private SiteSnapshot _site = SiteSnapshot.Built("/okr/",
    [
        new OutputFile("index.html", Encoding.UTF8.GetBytes("<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body><p>home</p></body></html>")),
        new OutputFile("404.html", Encoding.UTF8.GetBytes("<html><body><p>the site's own 404</p></body></html>")),
        new OutputFile("assets/style.css", Encoding.UTF8.GetBytes("p{}")),
        new OutputFile("charts/kr.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")),
        new OutputFile("report.json", Encoding.UTF8.GetBytes("{}")),
        new OutputFile("logo.png", Png),
        new OutputFile("CNAME", Encoding.UTF8.GetBytes("okr.example.com")),
        new OutputFile("objectives/grow/index.html", Encoding.UTF8.GetBytes("<html><body><p>grow</p></body></html>")),
    ]);

    private SiteVersions _versions = null!;
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        // A file beside the server's working folder and the temp folder that no request may ever reach.
        _disk.File("site.json", Secret).File("content/index.md", Secret);
        _versions = new SiteVersions(_site.Version);
        _server = await PreviewServer.StartAsync(0, () => _site, _versions);
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Root, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _disk.Dispose();
    }

    [Theory]
    [InlineData("/okr/", "text/html; charset=utf-8")]
    [InlineData("/okr/assets/style.css", "text/css; charset=utf-8")]
    [InlineData("/okr/charts/kr.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("/okr/report.json", "application/json; charset=utf-8")]
    [InlineData("/okr/logo.png", "image/png")]
    [InlineData("/okr/CNAME", "application/octet-stream")]
    public async Task Each_file_is_served_with_its_content_type_and_never_cached(string path, string type)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Files_other_than_html_are_served_byte_for_byte()
    {
        Assert.Equal(Png, await _http.GetByteArrayAsync("/okr/logo.png"));
        Assert.Equal("p{}", await _http.GetStringAsync("/okr/assets/style.css"));
    }

    [Fact]
    public async Task A_folder_serves_its_index_with_the_reload_script_and_the_widened_policy()
    {
        var html = await _http.GetStringAsync("/okr/objectives/grow/");

        Assert.Contains("<p>grow</p>" + ReloadScript.Tag(_site.Version) + "</body>", html, StringComparison.Ordinal);
        var home = await _http.GetStringAsync("/okr/");
        Assert.Contains($"content=\"default-src 'none'; script-src {ReloadScript.HashSource}; connect-src 'self'\"", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/okr", "/okr/")]
    [InlineData("/", "/okr/")]
    [InlineData("/okr/objectives/grow", "/okr/objectives/grow/")]
    [InlineData("/okr/objectives/grow?tab=1", "/okr/objectives/grow/?tab=1")]
    public async Task A_folder_or_the_base_without_its_slash_redirects_to_it(string path, string location)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/okr/no-such-page/")]
    [InlineData("/okr/objectives/")]
    [InlineData("/okr/assets/")]
    [InlineData("/okr/objectives/grow/index.html/extra")]
    public async Task A_missing_page_or_a_folder_without_index_is_the_sites_404_page_with_status_404(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("the site's own 404", body, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Text, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_outside_the_base_path_says_where_the_site_is()
    {
        using var response = await _http.GetAsync("/elsewhere/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("served under /okr/", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/okr/../site.json")]
    [InlineData("/okr/../../../../etc/passwd")]
    [InlineData("/okr/%2e%2e/site.json")]
    [InlineData("/okr/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/okr/..%2fsite.json")]
    [InlineData("/okr/..%5csite.json")]
    [InlineData("/okr/..\\site.json")]
    [InlineData("/okr/assets/..%2f..%2fcontent/index.md")]
    [InlineData("/okr/%00/site.json")]
    [InlineData("/okr//etc/passwd")]
    [InlineData("/okr/./././site.json")]
    [InlineData("/site.json")]
    [InlineData("/content/index.md")]
    public async Task Path_traversal_never_reads_outside_the_build(string rawPath)
    {
        var (status, body) = await RawGetAsync(rawPath);

        Assert.NotEqual(200, status);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var post = await _http.PostAsync("/okr/", new StringContent("x"));
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/okr/assets/style.css"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(3, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_failed_build_shows_its_diagnostics_on_every_page()
    {
        _site = SiteSnapshot.Failed(_site, "/okr/", [new Diagnostic(Severity.Error, "OKR0101", "front matter is not valid <YAML>", "content/okrs/grow.md", 3, 5)]);

        using var page = await _http.GetAsync("/okr/objectives/grow/");
        var body = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("<td><code>content/okrs/grow.md</code></td><td>3</td><td>5</td>", body, StringComparison.Ordinal);
        Assert.Contains("front matter is not valid &lt;YAML&gt;", body, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Tag(_site.Version), body, StringComparison.Ordinal);
        Assert.Equal("p{}", await _http.GetStringAsync("/okr/assets/style.css"));
    }

    [Fact]
    public async Task The_event_stream_tells_the_current_version_and_then_each_new_one()
    {
        using var response = await _http.GetAsync(ReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        await using var events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator();

        Assert.True(await events.MoveNextAsync());
        Assert.Equal((ReloadScript.EventName, _site.Version), (events.Current.EventType, events.Current.Data));

        await WaitUntil(() => _versions.ListenerCount == 1);
        _versions.Publish("0123456789abcdef");
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("0123456789abcdef", events.Current.Data);
    }

    [Fact]
    public async Task Stopping_the_server_ends_open_event_streams()
    {
        using var response = await _http.GetAsync(ReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        await using var events = SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        var stopping = _server.DisposeAsync().AsTask();
        var ended = await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.Same(stopping, ended);
        Assert.False(await events.MoveNextAsync());
        _server = await PreviewServer.StartAsync(0, () => _site, new SiteVersions("v"));
    }

    [Fact]
    public async Task A_port_that_is_taken_is_refused_with_its_number()
    {
        var problem = await Assert.ThrowsAsync<PortUnavailableException>(() => PreviewServer.StartAsync(_server.Port, () => _site, _versions));

        Assert.Equal(_server.Port, problem.Port);
        Assert.Null(problem.Reason);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }

    /// <summary>A request with the path exactly as written: HttpClient would normalise the dots away before sending.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string rawPath)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        await using var stream = client.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
