using System.Security.Cryptography;
using System.Text;

namespace OkrSite.Cli.Serve;

/// <summary>
/// The one script serve adds to a page: it listens to <see cref="EventsPath"/> and reloads the page when the site
/// the server holds is no longer the one the page was served from. Its text never changes, so one CSP hash allows
/// it; the version it compares against rides in a data attribute, which the hash does not cover.
/// </summary>
internal static class ReloadScript
{
    /// <summary>
    /// At the server's root, not under the base path: a page from before a baseUrl change still hears the next build
    /// (and reloads into a redirect to the new path). No build writes a folder of this name.
    /// </summary>
    public const string EventsPath = "/__okrsite/events";

    /// <summary>The server-sent event that carries a site version.</summary>
    public const string EventName = "site";

    public const string VersionAttribute = "data-okrsite-version";

    // EventSource reconnects by itself when serve restarts; the first event after a connect is the current version,
    // so a build that finished while the page loaded is not missed.
    public const string Text =
        "(function(){var v=document.currentScript.getAttribute('" + VersionAttribute + "');" +
        "var s=new EventSource('" + EventsPath + "');" +
        "s.addEventListener('" + EventName + "',function(e){if(e.data!==v){s.close();location.reload();}});})();";

    /// <summary>The CSP source that allows exactly <see cref="Text"/>.</summary>
    public static string HashSource { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Text))) + "'";

    /// <param name="version">The site version the page shows (hex digits, or a word such as "building").</param>
    public static string Tag(string version) => $"<script {VersionAttribute}=\"{System.Net.WebUtility.HtmlEncode(version)}\">{Text}</script>";
}
