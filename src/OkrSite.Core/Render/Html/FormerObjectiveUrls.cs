using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// While objective ids were unique across periods an objective's page was objectives/&lt;id&gt;/; now it is
/// objectives/&lt;period&gt;/&lt;id&gt;/. So that links people saved keep working, the former URL of every id that one
/// objective has gets a small page that sends the browser on. An id that several periods use gets none: its former
/// URL named different objectives over time, and no redirect can know which one a saved link meant. The page is
/// not a theme page: it shows nothing but the link, and no theme can break it.
/// </summary>
internal static class FormerObjectiveUrls
{
    // Made once: building an encoder's allow-list for every Unicode range cost about 0.2 ms a page, a tenth of the
    // whole pages-only build's CPU with 972 redirects. Encoders are thread-safe.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The output path and HTML of each redirect page, in the report's order.</summary>
    public static IEnumerable<(string Path, byte[] Html)> Redirects(Report report) =>
        report.Objectives
            .GroupBy(o => o.Id, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .Select(o =>
            {
                var path = SitePaths.FileOf(SitePaths.FormerObjectiveUrl(o.Id));
                return (path, Html(PageRenderer.RootOf(path) + SitePaths.Link(SitePaths.ObjectiveUrl(o), report.Config.Links), o.Title, report.Config.Language));
            });

    /// <param name="target">The objective's page, relative to the redirect page.</param>
    public static byte[] Html(string target, string title, string language)
    {
        var html = Encoder;
        var href = html.Encode(target);
        var text = html.Encode(title);
        return Encoding.UTF8.GetBytes($"""
            <!doctype html>
            <html lang="{html.Encode(language)}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            <link rel="canonical" href="{href}">
            <title>{text}</title>
            </head>
            <body>
            <h1>{text}</h1>
            <p>This objective's page has moved to <a href="{href}">{href}</a>.</p>
            </body>
            </html>

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
