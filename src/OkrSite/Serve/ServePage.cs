using System.Security.Cryptography;
using System.Text;

namespace OkrSite.Cli.Serve;

/// <summary>
/// The pages serve shows in place of the site's (build errors, the first build, a path outside the site): plain
/// HTML with one inline stylesheet allowed by its hash and nothing else, like the theme's pages.
/// </summary>
internal static class ServePage
{
    private const string Style =
        "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f2328}" +
        "h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .6rem;border-bottom:1px solid #d0d7de}" +
        "th{background:#f6f8fa}td.message{white-space:pre-wrap}code{font-family:ui-monospace,monospace}.error{color:#cf222e}.warning{color:#9a6700}";

    private static readonly string StyleHash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style))) + "'";

    /// <summary>A whole page; <paramref name="body"/> is HTML the caller has escaped.</summary>
    public static string Shell(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {StyleHash}; base-uri 'none'; form-action 'none'\">\n" +
        $"<title>{Escape(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n";

    /// <summary>A page with a heading and one paragraph of text, and optionally a link.</summary>
    public static string Notice(string title, string text, string? linkHref = null, string? linkText = null) =>
        Shell(title, $"<h1>{Escape(title)}</h1>\n<p>{Escape(text)}" +
            (linkHref is null ? string.Empty : $" <a href=\"{Escape(linkHref)}\">{Escape(linkText ?? linkHref)}</a>") + "</p>");

    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
