using Microsoft.Playwright;

namespace OkrSite.BrowserTests.Crawling;

/// <summary>
/// Loads one page in a fresh tab and records everything wrong that the browser sees: console errors and
/// warnings, uncaught exceptions, failed requests, answers ≥ 400, requests to other hosts, images that did not
/// load, a missing lang, not exactly one &lt;h1&gt;, an empty title. Links are returned for the crawler to check.
/// </summary>
public static class PageProbe
{
    public const string AllowedHost = "127.0.0.1";

    /// <summary>True for a request that leaves 127.0.0.1 (data:, blob: and about: never do).</summary>
    public static bool IsExternal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "ws" or "wss" or "ftp"
        && uri.Host != AllowedHost;

    /// <summary>The path (with query) of a URL, how pages are named in reports.</summary>
    public static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host == AllowedHost ? uri.PathAndQuery : url;

    public static async Task<PageVisit> VisitAsync(IBrowserContext context, Uri url, int expectedStatus = 200, float timeoutMs = 15_000)
    {
        var name = PathOf(url.AbsoluteUri);
        var problems = new List<Problem>();
        void Add(ProblemKind kind, string detail)
        {
            lock (problems)
            {
                problems.Add(new Problem(name, kind, detail));
            }
        }

        PageSnapshot? snapshot = null;
        var page = await context.NewPageAsync().ConfigureAwait(false);
        try
        {
            page.SetDefaultTimeout(timeoutMs);
            page.SetDefaultNavigationTimeout(timeoutMs);
            page.Console += (_, message) =>
            {
                if (message.Type is not ("error" or "warning"))
                {
                    return;
                }

                // Chromium's own "Failed to load resource" line repeats a failed request or an answer ≥ 400,
                // which the request and response checks report with more detail.
                var location = message.Location;
                if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                {
                    return;
                }

                Add(ProblemKind.Console, $"console.{message.Type}: {message.Text}{(string.IsNullOrEmpty(location) ? "" : $" ({PathOf(location)})")}");
            };
            page.PageError += (_, error) => Add(ProblemKind.PageError, string.Join(" ", error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
            page.Request += (_, request) =>
            {
                if (IsExternal(request.Url))
                {
                    Add(ProblemKind.ExternalRequest, $"{request.Method} {request.Url} ({request.ResourceType})");
                }
            };
            var answeredWithError = new HashSet<string>(StringComparer.Ordinal);
            page.RequestFailed += (_, request) =>
            {
                // A stylesheet that answered 404 is also aborted: the status is reported already.
                bool reported;
                lock (answeredWithError)
                {
                    reported = answeredWithError.Contains(request.Url);
                }

                if (!IsExternal(request.Url) && !reported)
                {
                    Add(ProblemKind.RequestFailed, $"{request.Method} {PathOf(request.Url)} ({request.ResourceType}): {request.Failure}");
                }
            };
            page.Response += (_, response) =>
            {
                var isDocument = response.Request.IsNavigationRequest && response.Frame == page.MainFrame;
                if (!isDocument && response.Status >= 400)
                {
                    lock (answeredWithError)
                    {
                        answeredWithError.Add(response.Url);
                    }

                    Add(ProblemKind.HttpStatus, $"{response.Request.Method} {PathOf(response.Url)} ({response.Request.ResourceType}) answered {response.Status}");
                }
            };

            IResponse? document;
            try
            {
                document = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = timeoutMs }).ConfigureAwait(false);
            }
            catch (PlaywrightException ex)
            {
                Add(ProblemKind.Navigation, ex.Message.Split('\n')[0]);
                return Result();
            }

            if (document is null)
            {
                Add(ProblemKind.Navigation, "no response");
            }
            else if (document.Status != expectedStatus)
            {
                Add(ProblemKind.HttpStatus, $"the page answered {document.Status}, expected {expectedStatus}");
            }

            snapshot = PageSnapshot.Parse(await page.EvaluateAsync<string>(PageSnapshot.Script).ConfigureAwait(false));
            if (string.IsNullOrWhiteSpace(snapshot.Lang))
            {
                Add(ProblemKind.MissingLang, "<html> has no lang attribute");
            }

            if (snapshot.H1 != 1)
            {
                Add(ProblemKind.HeadingCount, $"{snapshot.H1} <h1> elements, expected exactly one");
            }

            if (string.IsNullOrWhiteSpace(snapshot.Title))
            {
                Add(ProblemKind.EmptyTitle, "<title> is missing or empty");
            }

            foreach (var image in snapshot.Images.Where(i => !i.Ok))
            {
                Add(ProblemKind.BrokenImage, $"<img src=\"{image.Raw}\"> did not load ({PathOf(image.Url)})");
            }

            // Late events (a failing request that ends after load) land before the tab closes.
            await page.WaitForTimeoutAsync(50).ConfigureAwait(false);
        }
        finally
        {
            await page.CloseAsync().ConfigureAwait(false);
        }

        return Result();

        PageVisit Result()
        {
            lock (problems)
            {
                return new PageVisit(url, name, [.. problems], snapshot);
            }
        }
    }
}

/// <summary>One visited page (<see cref="Page"/> is its path): its problems and, when it loaded, what the page script saw.</summary>
public sealed record PageVisit(Uri Url, string Page, IReadOnlyList<Problem> Problems, PageSnapshot? Snapshot);
