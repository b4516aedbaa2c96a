using Microsoft.Playwright;

namespace OkrSite.BrowserTests.Crawling;

/// <summary>Browser contexts that never leave 127.0.0.1: every request to another host is aborted (and reported by <see cref="PageProbe"/>).</summary>
public static class Contexts
{
    public static ViewportSize Wide { get; } = new() { Width = 1280, Height = 900 };

    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    public static async Task<IBrowserContext> NewAsync(IBrowser browser, ViewportSize viewport, ColorScheme colorScheme = ColorScheme.Light, bool phone = false, bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            ColorScheme = colorScheme,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            ServiceWorkers = ServiceWorkerPolicy.Block,

            // The pages' Content-Security-Policy has no script-src (default-src 'none'): a script the tests inject,
            // such as axe-core, runs only when the context bypasses the policy. The pages themselves stay script-free.
            BypassCSP = bypassCsp,
        }).ConfigureAwait(false);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        await context.RouteAsync(PageProbe.IsExternal, route => route.AbortAsync("blockedbyclient")).ConfigureAwait(false);
        return context;
    }
}
