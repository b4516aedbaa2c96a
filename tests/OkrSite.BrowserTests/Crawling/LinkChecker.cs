namespace OkrSite.BrowserTests.Crawling;

/// <summary>
/// Checks URLs on the site's own server over plain HTTP (HEAD, then GET when HEAD is refused; redirects
/// followed, since GitHub Pages redirects a folder to its slash form) and remembers each answer.
/// </summary>
public sealed class LinkChecker(Uri site, float timeoutMs) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromMilliseconds(timeoutMs) };
    private readonly Dictionary<string, int> statusByUrl = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="url"/> is an http(s) URL on the site's server (scheme, host and port).</summary>
    public bool IsInternal(string url, out Uri target)
    {
        target = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        target = uri;
        return Uri.Compare(uri, site, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The final status of <paramref name="url"/> without its fragment, or -1 when the server gave no answer.</summary>
    public async Task<int> StatusAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var key = new UriBuilder(url) { Fragment = "" }.Uri.AbsoluteUri;
        if (statusByUrl.TryGetValue(key, out var known))
        {
            return known;
        }

        int status;
        try
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, key), cancellationToken).ConfigureAwait(false);
            status = (int)head.StatusCode;
            if (status == 405)
            {
                using var get = await http.GetAsync(key, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                status = (int)get.StatusCode;
            }
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            status = -1;
        }

        statusByUrl[key] = status;
        return status;
    }

    /// <summary>
    /// The problems of the internal links and srcset sources of one visited page, each target once; a link within
    /// the page itself is not requested (the 404 page is not at its own URL) but its #fragment must exist.
    /// </summary>
    public async Task<List<Problem>> CheckAsync(PageVisit visit, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        if (visit.Snapshot is not { } snapshot)
        {
            return problems;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in snapshot.Links.Concat(snapshot.Sources))
        {
            if (!IsInternal(reference.Url, out var target))
            {
                continue;
            }

            var withoutFragment = new UriBuilder(target) { Fragment = "" }.Uri;
            if (withoutFragment.AbsoluteUri == visit.Url.AbsoluteUri)
            {
                // A link within the page ("#main"): no request, but its anchor must exist.
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (fragment.Length > 0 && !snapshot.Ids.Contains(fragment, StringComparer.Ordinal) && seen.Add(target.AbsoluteUri))
                {
                    problems.Add(new Problem(visit.Page, ProblemKind.MissingAnchor, $"\"{reference.Raw}\": the page has no element with id \"{fragment}\""));
                }

                continue;
            }

            if (!seen.Add(withoutFragment.AbsoluteUri))
            {
                continue;
            }

            var status = await StatusAsync(withoutFragment, cancellationToken).ConfigureAwait(false);
            if (status != 200)
            {
                var answer = status < 0 ? "no answer" : $"answered {status}";
                problems.Add(new Problem(visit.Page, ProblemKind.BrokenLink, $"\"{reference.Raw}\" → {PageProbe.PathOf(withoutFragment.AbsoluteUri)} {answer}"));
            }
        }

        return problems;
    }

    public void Dispose() => http.Dispose();
}
