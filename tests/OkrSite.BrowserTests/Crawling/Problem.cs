namespace OkrSite.BrowserTests.Crawling;

/// <summary>What kind of problem a page has.</summary>
public enum ProblemKind
{
    /// <summary>The page could not be loaded at all (timeout, connection refused).</summary>
    Navigation,

    /// <summary>The page or one of its resources answered with an unexpected status (≥ 400).</summary>
    HttpStatus,

    /// <summary>A request failed without an answer (Playwright's RequestFailed).</summary>
    RequestFailed,

    /// <summary>A request to a host other than 127.0.0.1 (a CDN, a web font, an analytics beacon...).</summary>
    ExternalRequest,

    /// <summary>console.error or console.warn, or an error Chromium logged for the page.</summary>
    Console,

    /// <summary>An uncaught exception in the page.</summary>
    PageError,

    /// <summary>An internal &lt;a href&gt; (or a &lt;source srcset&gt;) that does not answer 200.</summary>
    BrokenLink,

    /// <summary>An internal link to #fragment that names no id on the target page.</summary>
    MissingAnchor,

    /// <summary>An &lt;img&gt; that did not load (naturalWidth 0).</summary>
    BrokenImage,

    /// <summary>&lt;html&gt; has no lang.</summary>
    MissingLang,

    /// <summary>The page does not have exactly one &lt;h1&gt;.</summary>
    HeadingCount,

    /// <summary>&lt;title&gt; is missing or blank.</summary>
    EmptyTitle,

    /// <summary>A site-wide problem, e.g. a page kind that no page exists for.</summary>
    Site,
}

/// <summary>One problem found on one page; <see cref="Page"/> is the page's path, e.g. /okrsite/kpis/nps/.</summary>
public sealed record Problem(string Page, ProblemKind Kind, string Detail)
{
    public override string ToString() => $"{Page} → {Kind}: {Detail}";
}
