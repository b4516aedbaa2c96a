using Microsoft.Playwright;
using OkrSite.BrowserTests.Support;

namespace OkrSite.BrowserTests.Fixtures;

/// <summary>
/// Shared by every browser test, created once: Chromium (headless, Debian's), and the sample site built with
/// baseUrl /okrsite/ and served on 127.0.0.1 under /okrsite/. A sample that does not build fails only the tests
/// that need it (<see cref="RequireSample"/>), so the crawler's own tests still run.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private StaticSiteServer? server;
    private string? sampleFailure;
    private readonly Dictionary<string, object> once = new(StringComparer.Ordinal);

    /// <summary>A temporary folder of this test run, deleted at the end.</summary>
    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "okrsite-browser-tests", Guid.NewGuid().ToString("N"));

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser is not running");

    /// <summary>Where screenshots go: artifacts/screenshots/ at the repository root, kept by CI.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    /// <summary>The served sample (its URL and output folder), or an exception explaining why it is not there.</summary>
    public StaticSiteServer RequireSample() =>
        server ?? throw new InvalidOperationException(sampleFailure ?? "the sample site is not served");

    /// <summary>
    /// The result of <paramref name="work"/>, computed by the first test that asks and shared by the others
    /// (xunit makes a new test class instance per test, so expensive work such as a crawl lives here).
    /// </summary>
    public Task<T> Once<T>(string key, Func<Task<T>> work)
    {
        lock (once)
        {
            if (!once.TryGetValue(key, out var task))
            {
                task = work();
                once[key] = task;
            }

            return (Task<T>)task;
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var (output, _) = SampleSite.Build(Path.Combine(WorkDirectory, "sample"));
            server = await StaticSiteServer.StartAsync(output, SampleSite.BaseUrl);
        }
        catch (Exception ex)
        {
            // Kept for the sample's tests; the crawler's own tests need only the browser.
            sampleFailure = "the sample site could not be built and served: " + (ex is InvalidOperationException ? ex.Message : ex.ToString());
        }
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.CloseAsync();
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
