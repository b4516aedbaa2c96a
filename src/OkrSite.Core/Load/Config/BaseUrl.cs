namespace OkrSite.Core.Load.Config;

/// <summary>
/// site.json baseUrl: a path from the server root ("/", "/okr/") or an absolute http(s) URL. Pages write it into
/// links, so anything else (a javascript: URL, a quote or angle bracket that ends an attribute, "//host" that leaves
/// the site) is refused rather than escaped.
/// </summary>
internal static class BaseUrl
{
    /// <summary>Why <paramref name="value"/> is not a base URL, or null when it is one.</summary>
    public static string? Problem(string value)
    {
        var shown = $"baseUrl '{value}'";
        var index = value.AsSpan().IndexOfAnyExcept(UrlCharacters);
        if (index >= 0)
        {
            var bad = value[index];
            var what = bad switch
            {
                ' ' => "a space",
                '\\' => "a backslash",
                '"' or '\'' or '`' => "a quote",
                '<' or '>' => "an angle bracket",
                _ when char.IsControl(bad) => "a control character",
                _ => $"'{bad}'",
            };
            return $"{shown} holds {what}; write a path such as \"/okr/\" or a URL such as \"https://example.com/okr/\" (encode other characters as %XX)";
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return $"{shown} starts with '//', which browsers read as another host; write a path such as \"/okr/\" or a full URL such as \"https://example.com/okr/\"";
        }

        if (value.StartsWith('/'))
        {
            return value.Contains('?', StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal)
                ? $"{shown} has a query or fragment ('?' or '#'); a base URL is a folder such as \"/okr/\""
                : null;
        }

        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.UserInfo.Length > 0)
            {
                return $"{shown} is not a valid URL with a host; write it such as \"https://example.com/okr/\"";
            }

            return uri.Query.Length > 0 || uri.Fragment.Length > 0
                ? $"{shown} has a query or fragment ('?' or '#'); a base URL is a folder such as \"https://example.com/okr/\""
                : null;
        }

        return $"{shown} is neither a path starting with '/' nor an http:// or https:// URL; write \"/\", \"/okr/\" or \"https://example.com/okr/\"";
    }

    // RFC 3986 unreserved characters, the sub-delimiters but the quote, ':', '@', '/', '%', and '?' and '#' (which
    // are refused below with their own message).
    private static readonly System.Buffers.SearchValues<char> UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@/%?#");
}
