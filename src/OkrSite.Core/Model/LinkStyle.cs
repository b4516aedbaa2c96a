namespace OkrSite.Core.Model;

/// <summary>site.json <c>links</c>: how pages link to each other.</summary>
public enum LinkStyle
{
    /// <summary>"folders" (the default): links end in the page's folder ("kpis/mqls/"), which a web server completes with its index.html.</summary>
    Folders,

    /// <summary>
    /// "index.html": every link ends in the page's file ("kpis/mqls/index.html"), so the site navigates when it is
    /// opened from a file share (file://), where nothing turns a folder into its index.html.
    /// </summary>
    IndexFiles,
}
