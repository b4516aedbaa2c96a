using System.Net;
using System.Net.ServerSentEvents;
using OkrSite.Cli.Serve;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Serve;

/// <summary>The whole preview on a copy of the northwind site: real builds, real file watching, real Kestrel.</summary>
public sealed class SitePreviewTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempSite _site = TempSite.CopyOf("northwind");
    private readonly SharedLog _output = new();
    private readonly SharedLog _error = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
    private SitePreview? _preview;

    private SitePreview Preview => _preview!;

    private string Printed => _output.ToString();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

        _http.Dispose();
        _site.Dispose();
    }

    private async Task StartAsync(bool timings = false)
    {
        _preview = await SitePreview.StartAsync(new SitePreview.Settings(_site.Root, Port: 0) { Timings = timings }, _output, _error);
        await WaitUntil(() => Preview.BuildCount >= 1, "the first build");
    }

    [Fact]
    public async Task An_edit_is_rebuilt_and_announced_and_the_output_folder_is_never_written()
    {
        await StartAsync();
        var first = Preview.Current.Version;
        Assert.Contains("Win EMEA", await _http.GetStringAsync(new Uri(Preview.Url, "objectives/2026-Q3/emea/")), StringComparison.Ordinal);
        using var stream = await _http.GetAsync(new Uri(Preview.Server.Root, ReloadScript.EventsPath.TrimStart('/')), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await stream.Content.ReadAsStreamAsync();
        await using var events = SseParser.Create(body).EnumerateAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(first, events.Current.Data);

        Edit("content/okrs/2026-Q3/emea.md", "title: Win EMEA", "title: Win EMEA and the Nordics");

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Patience));
        Assert.NotEqual(first, events.Current.Data);
        Assert.Equal(Preview.Current.Version, events.Current.Data);
        Assert.Contains("Win EMEA and the Nordics", await _http.GetStringAsync(new Uri(Preview.Url, "objectives/2026-Q3/emea/")), StringComparison.Ordinal);
        Assert.Matches(@"\d\d:\d\d:\d\d content/okrs/2026-Q3/emea\.md changed: built \d+ pages in \d+ (ms|s), 0 errors, \d+ warnings?", Printed);
        Assert.False(Directory.Exists(_site.Output));

        // The build itself stays script-free: only responses carry the reload script.
        Assert.DoesNotContain(Preview.Current.Files.ReadAll(), f => f.Key.EndsWith(".html", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(f.Value).Contains("<script", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Timings_print_each_build_s_stages_and_each_page_made_on_request_once()
    {
        await StartAsync(timings: true);
        var page = new Uri(Preview.Url, "objectives/2026-Q3/emea/");

        await _http.GetStringAsync(page);
        await _http.GetStringAsync(page);

        Assert.Matches(@"(?m)^  config \+ theme \d+ ms · read content \d+ ms", Printed);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(Printed, @"(?m)^  page objectives/2026-Q3/emea/index\.html made in \d+ ms$"));
    }

    [Fact]
    public async Task An_edit_that_keeps_the_file_s_size_and_time_is_still_rebuilt()
    {
        // Old files, as a site's are: their bytes are kept by stamp between builds.
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc));
        }

        await StartAsync();
        var path = Path.Combine(_site.Root, "content/okrs/2026-Q3/emea.md");
        var stamp = File.GetLastWriteTimeUtc(path);
        Assert.Contains("Win EMEA", await _http.GetStringAsync(new Uri(Preview.Url, "objectives/2026-Q3/emea/")), StringComparison.Ordinal);
        var builds = Preview.BuildCount;

        // Same length, time put back: only the watcher's event says the file changed.
        Edit("content/okrs/2026-Q3/emea.md", "title: Win EMEA", "title: Won EMEA");
        File.SetLastWriteTimeUtc(path, stamp);

        await WaitUntil(() => Preview.BuildCount > builds, "the rebuild");
        Assert.Contains("Won EMEA", await _http.GetStringAsync(new Uri(Preview.Url, "objectives/2026-Q3/emea/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_served_file_is_the_file_okrsite_build_writes_with_only_the_reload_script_added()
    {
        // Beside the site, not in it: serve must not see a build's output as an input.
        var output = _site.Root + "-built";
        var build = TestBuild.Run(new BuildOptions(_site.Root, OutputDirectory: output, UseCache: false) { BaseUrl = "/" });
        Assert.True(build.Published, string.Join("\n", build.Diagnostics));
        try
        {
            await StartAsync();
            var version = Preview.Current.Version;
            var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                .Where(p => p != ".okrsite-output").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(written, Preview.Current.Files.Paths.Order(StringComparer.Ordinal));
            foreach (var path in written)
            {
                var bytes = File.ReadAllBytes(Path.Combine(output, path));
                var expected = path.EndsWith(".html", StringComparison.Ordinal) ? ReloadInjector.Inject(bytes, version) : bytes;
                var served = await _http.GetByteArrayAsync(new Uri(Preview.Url, path));
                Assert.True(expected.AsSpan().SequenceEqual(served), $"{path} is served otherwise than built");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task A_broken_file_shows_the_error_page_with_its_place_and_fixing_it_brings_the_site_back()
    {
        await StartAsync();
        var good = _site.Read("content/okrs/2026-Q3/emea.md");
        var builds = Preview.BuildCount;

        _site.File("content/okrs/2026-Q3/emea.md", "---\ntitle: [unclosed\nteam: sales-emea\n---\n");
        await WaitUntil(() => Preview.Current.Failure is not null, "the failed build");
        using (var broken = await _http.GetAsync(new Uri(Preview.Url, "objectives/2026-Q3/emea/")))
        {
            var html = await broken.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            Assert.Contains("<td><code>content/okrs/2026-Q3/emea.md</code></td><td>2</td><td>8</td><td class=\"error\">error OKR0102</td>", html, StringComparison.Ordinal);
            Assert.Contains(ReloadScript.Text, html, StringComparison.Ordinal);
        }

        Assert.Contains("content/okrs/2026-Q3/emea.md(2,8): error OKR0102:", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("build failed in", Printed, StringComparison.Ordinal);

        _site.File("content/okrs/2026-Q3/emea.md", good);
        await WaitUntil(() => Preview.Current.Failure is null && Preview.BuildCount > builds + 1, "the fixed build");
        using var back = await _http.GetAsync(new Uri(Preview.Url, "objectives/2026-Q3/emea/"));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("Win EMEA", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_build_that_fails_still_serves_the_error_page_and_the_site_comes_when_it_builds()
    {
        var siteJson = _site.Read("site.json");
        File.Delete(Path.Combine(_site.Root, "site.json"));
        await StartAsync();

        Assert.NotNull(Preview.Current.Failure);
        using (var page = await _http.GetAsync(new Uri(Preview.Url, "kpis/")))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
            Assert.Contains("error OKR0001", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        _site.File("site.json", siteJson);
        await WaitUntil(() => Preview.Current.Failure is null, "the build after site.json came back");
        using var back = await _http.GetAsync(new Uri(Preview.Url, "kpis/"));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task The_site_is_served_under_the_path_of_its_base_url_and_every_link_stays_local()
    {
        Edit("site.json", "\"title\": \"Northwind OKRs\",", "\"title\": \"Northwind OKRs\", \"baseUrl\": \"https://northwind.github.io/okr/\",");
        await StartAsync();

        Assert.Equal("/okr/", Preview.Url.AbsolutePath);
        Assert.DoesNotContain(Preview.Current.Files.ReadAll(), f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("northwind.github.io", StringComparison.Ordinal));
        Assert.Contains("href=\"kpis/\"", await _http.GetStringAsync(Preview.Url), StringComparison.Ordinal);
        using (var kpis = await _http.GetAsync(new Uri(Preview.Url, "kpis/")))
        {
            Assert.Equal(HttpStatusCode.OK, kpis.StatusCode);
        }

        using var root = await _http.GetAsync(Preview.Server.Root);
        Assert.Equal("/okr/", root.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_data_folder_outside_the_site_is_watched()
    {
        using var exports = new TempSite();
        File.Move(Path.Combine(_site.Root, "content/data/sales.csv"), Path.Combine(exports.Root, "sales.csv"));
        Edit("site.json", "\"title\": \"Northwind OKRs\",", $"\"title\": \"Northwind OKRs\", \"data\": [\"exports:*.csv\"], \"dataFolders\": {{ \"exports\": \"{exports.Root}\" }},");
        await StartAsync();
        Assert.Null(Preview.Current.Failure);
        Assert.Contains(exports.Root, Preview.Watched);
        var first = Preview.Current.Version;

        File.AppendAllText(Path.Combine(exports.Root, "sales.csv"), "revenue,2026-08-14,125,\n");

        await WaitUntil(() => Preview.Current.Version != first, "the rebuild after the export changed");
        Assert.Contains("sales.csv changed: built", Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_made_after_the_start_is_watched_from_the_next_build()
    {
        await StartAsync();
        Assert.DoesNotContain(Path.Combine(_site.Root, "static"), Preview.Watched);

        Directory.CreateDirectory(Path.Combine(_site.Root, "static"));
        await WaitUntil(() => Preview.Watched.Contains(Path.Combine(_site.Root, "static")), "the watch of static/");
        var builds = Preview.BuildCount;
        _site.File("static/CNAME", "okr.example.com");

        await WaitUntil(() => Preview.BuildCount > builds, "the rebuild after static/CNAME");
    }

    [Fact]
    public async Task What_OkrSite_and_editors_write_beside_the_site_triggers_no_build()
    {
        await StartAsync();
        var builds = Preview.BuildCount;

        _site.File("_site/index.html", "x").File(".okrsite-cache/x.svg", "x").File("content/okrs/.emea.md.swp", "x").File("content/okrs/emea.md~", "x");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(builds, Preview.BuildCount);

        // The same watcher still sees a real edit afterwards.
        Edit("content/okrs/2026-Q3/emea.md", "title: Win EMEA", "title: Win EMEA now");
        await WaitUntil(() => Preview.BuildCount > builds, "the rebuild after a real edit");
    }

    private void Edit(string path, string from, string to)
    {
        var text = _site.Read(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        _site.File(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"timed out waiting for {what}; printed:\n{_output}\n{_error}");
            }

            await Task.Delay(20);
        }
    }
}
