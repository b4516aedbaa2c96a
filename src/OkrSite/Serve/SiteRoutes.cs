namespace OkrSite.Cli.Serve;

/// <summary>What serve answers to one request path: a built file, a redirect, or a page of its own.</summary>
internal abstract record Route
{
    /// <summary>A file of the build, by its path in the output.</summary>
    public sealed record File(string Path, int Status) : Route;

    /// <summary>The same resource under its proper URL (a folder with its trailing slash, the site's base path).</summary>
    public sealed record Redirect(string Location) : Route;

    /// <summary>A page serve makes itself (build errors, the first build, a path outside the site).</summary>
    public sealed record Page(int Status, string Html) : Route;
}

/// <summary>
/// Maps a request path to what the build produced, like a static host does: a folder's index.html, the site's
/// own 404.html for anything else. Only paths of the build's own files can come out, so no request can read
/// anything beside them, whatever it encodes.
/// </summary>
internal static class SiteRoutes
{
    public const string NotFoundPage = "404.html";

    /// <param name="path">The request path, decoded (as Kestrel hands it over), starting with '/'.</param>
    public static Route Resolve(SiteSnapshot site, string path)
    {
        if (site.IsBuilding)
        {
            return new Route.Page(503, ServePage.Notice("Building the site", "okrsite serve is building the site; this page reloads by itself when it is ready."));
        }

        var route = ResolveBuilt(site, path);
        // A stylesheet or chart of the last good build may still be served; a page never: it would hide the errors.
        var isPage = route is Route.Page || (route is Route.File file && (file.Status != 200 || IsHtml(file.Path)));
        if (site.Failure is { } diagnostics && isPage)
        {
            return new Route.Page(500, ErrorPage.Render(diagnostics));
        }

        return route;
    }

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static Route ResolveBuilt(SiteSnapshot site, string path)
    {
        var basePath = site.BasePath;
        if (path + "/" == basePath || (path == "/" && basePath != "/"))
        {
            return new Route.Redirect(basePath);
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return new Route.Page(404, ServePage.Notice("Not part of the site", $"{path} is outside the site, which is served under {basePath} (its baseUrl in site.json).", basePath, "Go to the site"));
        }

        var relative = path[basePath.Length..];
        if (!IsPlain(relative))
        {
            return NotFound(site, path);
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return site.Files.Contains(relative + "index.html") ? new Route.File(relative + "index.html", 200) : NotFound(site, path);
        }

        if (site.Files.Contains(relative))
        {
            return new Route.File(relative, 200);
        }

        // A folder without its slash: its relative links would resolve one level too high.
        return site.Files.Contains(relative + "/index.html") ? new Route.Redirect(path + "/") : NotFound(site, path);
    }

    private static Route NotFound(SiteSnapshot site, string path) =>
        site.Files.Contains(NotFoundPage)
            ? new Route.File(NotFoundPage, 404)
            : new Route.Page(404, ServePage.Notice("Page not found", $"The site has no page at {path}.", site.BasePath, "Go to the site"));

    /// <summary>
    /// No segment that could climb ("..", "."), no empty one, no backslash or NUL: never in a file the build wrote,
    /// refused before any lookup so that no normalisation of the path could ever make them mean something.
    /// </summary>
    private static bool IsPlain(string relative)
    {
        if (relative.Contains('\\', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] is "." or ".." || (segments[i].Length == 0 && !last))
            {
                return false;
            }
        }

        return true;
    }
}
