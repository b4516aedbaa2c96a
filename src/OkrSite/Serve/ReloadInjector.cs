using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OkrSite.Cli.Serve;

/// <summary>
/// Adds the reload script to an HTML page as serve sends it (the built page is never changed): before the last
/// &lt;/body&gt;, and every Content-Security-Policy meta tag widened to allow it by its hash. A page without a policy
/// gets none: serve must not block what the page does when published.
/// </summary>
internal static partial class ReloadInjector
{
    public static byte[] Inject(byte[] page, string version) => Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(page), version));

    public static string Inject(string page, string version)
    {
        var html = MetaTag().Replace(page, WidenPolicy);
        var tag = ReloadScript.Tag(version);
        var at = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            at = html.LastIndexOf("</html", StringComparison.OrdinalIgnoreCase);
        }

        return at < 0 ? html + tag : html.Insert(at, tag);
    }

    private static string WidenPolicy(Match meta)
    {
        var attributes = Attribute().Matches(meta.Value).ToList();
        var isPolicy = attributes.Any(a => a.Groups["name"].Value.Equals("http-equiv", StringComparison.OrdinalIgnoreCase)
            && WebUtility.HtmlDecode(Value(a)).Trim().Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
        var content = attributes.FirstOrDefault(a => a.Groups["name"].Value.Equals("content", StringComparison.OrdinalIgnoreCase));
        if (!isPolicy || content is null)
        {
            return meta.Value;
        }

        var policy = ContentSecurityPolicy.AllowReloadScript(WebUtility.HtmlDecode(Value(content)), ReloadScript.HashSource);
        var written = $"content=\"{policy.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)}\"";
        var start = content.Index;
        return string.Concat(meta.Value.AsSpan(0, start), written, meta.Value.AsSpan(start + content.Length));
    }

    private static string Value(Match attribute) =>
        attribute.Groups["double"].Success ? attribute.Groups["double"].Value
        : attribute.Groups["single"].Success ? attribute.Groups["single"].Value
        : attribute.Groups["bare"].Value;

    // A meta tag, up to the first '>': a policy has no reason to hold one, and HTML ends the tag there unless quoted.
    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"(?<name>[^\s""'<>/=]+)\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s""'<>=`]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
