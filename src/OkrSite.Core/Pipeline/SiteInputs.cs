using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Load.FileSystem;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// What a preview (okrsite serve) needs to know about a site before it builds it: the path its pages are served
/// under and the folders a build reads, so that an edit anywhere in them triggers a rebuild. Read from site.json
/// on its own: a site.json with errors still gives the defaults, and the build that follows reports the errors.
/// </summary>
public sealed record SiteInputs(string BasePath, ImmutableArray<WatchedFolder> Folders)
{
    /// <summary>The folders of the site a build reads besides its data: content, the site-local themes, static files.</summary>
    public static ImmutableArray<string> SiteFolders { get; } = ["content", "static", "themes"];

    public static SiteInputs Read(string siteDirectory)
    {
        var root = Path.GetFullPath(siteDirectory);
        var config = SiteConfigLoader.Load(new SiteFileSystem(root), new DiagnosticBag(warningsAsErrors: false));
        var basePath = config is null ? "/" : PathOf(config.BaseUrl);

        // The site folder itself only for site.json (and the folders below appearing or going); never recursively
        // by default, which would watch the output and the chart cache too.
        var folders = new List<WatchedFolder> { new(root, Recursive: false) };
        folders.AddRange(SiteFolders.Select(f => new WatchedFolder(Path.Combine(root, f), Recursive: true)));
        // Check-ins CSV files are matched like data: their globs' folders are watched the same way.
        foreach (var text in (config?.Data ?? Model.SiteConfig.DefaultData).Concat(config?.CheckIns.Files ?? Model.CheckInOptions.DefaultFiles))
        {
            if (DataGlob.Parse(text, config?.DataFolders ?? DataGlob.NoFolders, out _) is not { } glob)
            {
                continue;
            }

            var folderRoot = glob.Folder is null ? root : Path.GetFullPath(config!.DataFolders[glob.Folder], root);
            var baseFolder = glob.BaseFolder.Length == 0 ? folderRoot : Path.Combine(folderRoot, glob.BaseFolder);
            folders.Add(new WatchedFolder(Path.TrimEndingDirectorySeparator(baseFolder), Recursive: glob.Depth > 1));
        }

        return new SiteInputs(basePath, Minimal(folders));
    }

    /// <summary>The path part of a base URL ("https://x.github.io/okr/" gives "/okr/"), always ending with '/'.</summary>
    public static string PathOf(string baseUrl)
    {
        var path = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsolutePath
            : baseUrl;
        path = path.StartsWith('/') ? path : "/" + path;
        return path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>Each folder once, and none that a recursive watch of another already covers.</summary>
    private static ImmutableArray<WatchedFolder> Minimal(List<WatchedFolder> folders)
    {
        var merged = folders
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => new WatchedFolder(g.Key, g.Any(f => f.Recursive)))
            .ToList();
        return [.. merged
            .Where(f => !merged.Any(other => other.Recursive && other.Path != f.Path && f.Path.StartsWith(other.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}

/// <summary>A folder whose changes a preview rebuilds on; <see cref="Recursive"/> false watches only its own entries.</summary>
public sealed record WatchedFolder(string Path, bool Recursive);
