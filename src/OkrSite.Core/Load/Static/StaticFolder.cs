using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;

namespace OkrSite.Core.Load.Static;

/// <summary>One file of static/: its path in the output (relative to static/, so at the output's root) and the vetted real path to read.</summary>
internal sealed record StaticFile(string OutputPath, string RealPath)
{
    /// <summary>The file's path as messages show it, relative to the site folder.</summary>
    public string SitePath => $"{StaticPaths.Folder}/{OutputPath}";
}

/// <summary>
/// The site's static/ folder: every file in it (dotfiles such as .nojekyll and subfolders included) goes verbatim
/// to the same path in the output, favicon, logo, CNAME and all. It is listed once, through the site's confined
/// file system, when the build starts; an entry that cannot be copied is an error, since the published site would
/// silently lack it.
/// </summary>
internal sealed class StaticFolder
{
    /// <summary>The favicons a site may provide, the one linked first: an SVG scales, a PNG or an ICO is for older browsers.</summary>
    public static readonly IReadOnlyList<string> FaviconNames = ["favicon.svg", "favicon.png", "favicon.ico"];

    // The site's file system that listed the files: they are read through it (and noted).
    private readonly SiteFileSystem? _site;

    private StaticFolder(IReadOnlyList<StaticFile> files, SiteFileSystem? site = null)
    {
        _site = site;
        Files = files;
        Favicon = FaviconNames.FirstOrDefault(name => files.Any(f => f.OutputPath == name));
    }

    public static StaticFolder Empty { get; } = new([]);

    /// <summary>Every file, sorted by path.</summary>
    public IReadOnlyList<StaticFile> Files { get; }

    /// <summary>The site's own favicon (its path in the output), or null when the theme's default is linked.</summary>
    public string? Favicon { get; }

    /// <summary>Opens one of <see cref="Files"/> to copy it.</summary>
    public Stream Open(StaticFile file) => _site?.OpenRead(file.RealPath) ?? new FileStream(file.RealPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    public static StaticFolder Load(SiteFileSystem site, DiagnosticBag diagnostics)
    {
        var folder = site.Classify(StaticPaths.Folder);
        switch (folder.Kind)
        {
            case EntryKind.Missing:
                return Empty;
            case EntryKind.File:
                diagnostics.Add(Codes.StaticNotCopied, new SourceSpan(folder.Path), $"{StaticPaths.Folder} is a file; the files a site publishes as they are go in a folder named {StaticPaths.Folder}/");
                return Empty;
            case EntryKind.Folder:
                break;
            default:
                diagnostics.Add(Codes.StaticNotCopied, new SourceSpan(folder.Path), $"{folder.Detail}; nothing in it is copied");
                return Empty;
        }

        var listing = site.List(StaticPaths.Folder, int.MaxValue, _ => true);
        foreach (var problem in listing.Problems)
        {
            diagnostics.Add(Codes.StaticNotCopied, new SourceSpan(problem.Path), $"{problem.Detail}; it is not copied into the output");
        }

        return new StaticFolder([.. listing.Files.Select(f => new StaticFile(f.Path[(StaticPaths.Folder.Length + 1)..], f.RealPath))], site);
    }
}
