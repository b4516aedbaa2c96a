using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using OkrSite.BrowserTests.Crawling;
using OkrSite.BrowserTests.Fixtures;
using OkrSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// okrsite serve as a user sees it in Chromium: the real process on a copy of the sample site; a saved edit shows
/// in the open page without anyone reloading it, a broken file turns the page into the error page with its file
/// and line, and fixing it brings the site back. The page's CSP allows the reload script and nothing else.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeLiveReloadTests(BrowserFixture fixture, ITestOutputHelper log) : IDisposable
{
    private const string Objective = "content/okrs/2026-Q4/loyal-customers-q4.md";
    private const string Title = "Create wildly loyal customers";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TestFolder _site = new(fixture.WorkDirectory, "serve");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_edit_shows_in_the_open_page_and_a_broken_file_shows_the_error_page_until_it_is_fixed()
    {
        var (serve, url) = await StartAsync();
        using var _ = serve;
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        var connected = page.WaitForRequestAsync(r => r.Url.EndsWith("/__okrsite/events", StringComparison.Ordinal));
        await page.GotoAsync(url.AbsoluteUri);
        await connected;
        Assert.Contains(Title, await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Equal("/okrsite/", new Uri(page.Url).AbsolutePath);

        // Three saves, each timed from the write to the reloaded page showing it; the test never reloads.
        var timings = new List<double>();
        var original = File.ReadAllText(Path.Combine(_site.Path, Objective));
        for (var i = 1; i <= 3; i++)
        {
            var edited = $"{Title} (edit {i.ToString(CultureInfo.InvariantCulture)})";
            var clock = Stopwatch.StartNew();
            File.WriteAllText(Path.Combine(_site.Path, Objective), original.Replace($"title: {Title}", $"title: {edited}", StringComparison.Ordinal));
            await page.WaitForFunctionAsync("t => document.body && document.body.innerText.includes(t)", edited, new() { Timeout = (float)Patience.TotalMilliseconds });
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        log.WriteLine($"save to reloaded page: {string.Join(", ", timings.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} ms");

        File.WriteAllText(Path.Combine(_site.Path, Objective), "---\ntitle: [unclosed\nteam: customer-success\n---\n");
        await page.WaitForFunctionAsync("() => document.body && document.body.innerText.includes('The site did not build')", null, new() { Timeout = (float)Patience.TotalMilliseconds });
        var error = await page.InnerTextAsync("body");
        Assert.Contains(Objective, error, StringComparison.Ordinal);
        Assert.Contains("OKR0102", error, StringComparison.Ordinal);
        Assert.Matches(@"loyal-customers-q4\.md\s+2\s+8\s+error OKR0102", error);

        File.WriteAllText(Path.Combine(_site.Path, Objective), original);
        await page.WaitForFunctionAsync("t => document.body && document.body.innerText.includes(t) && !document.body.innerText.includes('did not build')", Title, new() { Timeout = (float)Patience.TotalMilliseconds });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(0, await serve.StopAsync(Patience));
        log.WriteLine(serve.Printed);
        Assert.False(Directory.Exists(Path.Combine(_site.Path, "_site.Path")));
    }

    [Fact]
    public async Task The_policy_lets_only_the_hashed_reload_script_run()
    {
        var (serve, url) = await StartAsync();
        using var _ = serve;
        await using var context = await Contexts.NewAsync(fixture.Browser, Contexts.Wide);
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        var connected = page.WaitForRequestAsync(r => r.Url.EndsWith("/__okrsite/events", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(url, "kpis/").AbsoluteUri);
        await connected;

        // The page's only script is serve's, and it ran (it opened the event stream) without a violation.
        var scripts = await page.EvaluateAsync<string[]>("() => [...document.scripts].map(s => s.getAttribute('data-okrsite-version') === null ? 'other' : 'reload')");
        Assert.Equal(["reload"], scripts);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // Any other inline script is still refused.
        await page.EvaluateAsync("() => { window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective)); }");
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true;'; document.body.appendChild(s); }");
        await page.WaitForFunctionAsync("() => window.__violations.length > 0");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        Assert.StartsWith("script-src", await page.EvaluateAsync<string>("() => window.__violations[0]"), StringComparison.Ordinal);
        Assert.Equal(0, await serve.StopAsync(Patience));
    }

    private async Task<(ServeProcess, Uri)> StartAsync()
    {
        var root = RepositoryRoot.Path;
        Directory.CreateDirectory(_site.Path);
        File.WriteAllText(Path.Combine(_site.Path, "site.json"), SampleSite.WithBaseUrl(File.ReadAllText(Path.Combine(root, "site.json")), "https://example.github.io/okrsite/"));
        SampleSite.CopyFolder(Path.Combine(root, "content"), Path.Combine(_site.Path, "content"));
        SampleSite.CopyFolder(Path.Combine(root, "themes"), Path.Combine(_site.Path, "themes"));
        return await ServeProcess.StartAsync(_site.Path, Patience);
    }

    /// <summary>Console errors and warnings (a CSP violation is one) and uncaught exceptions.</summary>
    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // Chromium's "Failed to load resource" repeats a status: the error page answers 500 on purpose.
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add($"console.{message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add("page error: " + error);
            }
        };
        return problems;
    }
}
