using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// What every page knows about itself and the site. <see cref="Root"/> is the prefix that leads to the site root:
/// relative ("../../") on normal pages so the site works under any path, and the site's baseUrl on 404.html,
/// which a server shows at any depth.
/// </summary>
internal sealed record PageView(string Title, string Kind, string Path, string Root, string? Description);

/// <summary>
/// <see cref="PeriodUrl"/> is the current period's page, null when it has no objectives (and so no page).
/// <see cref="Periods"/> lists every period for themes that want it; the default theme links to the periods index
/// instead, since a list on every page grows with periods × pages.
/// <see cref="LogoUrl"/> is site.json's logo (null for none); <see cref="FaviconUrl"/> the site's static favicon or the theme's.
/// </summary>
internal sealed record SiteView(string Title, string Language, string AsOf, string Period, IReadOnlyList<LinkView> Periods, string Generator, string? PeriodUrl = null)
{
    /// <summary>How the URLs below are written: to a page's folder, or to its index.html (site.json links).</summary>
    public LinkStyle Links { get; init; } = LinkStyle.Folders;

    public string FaviconUrl { get; init; } = SitePaths.DefaultFavicon;

    public string? LogoUrl { get; init; }

    // The site-wide pages every layout links to, from SitePaths like every other URL, so a theme need not spell them.
    public string DashboardUrl => SitePaths.Link(SitePaths.DashboardUrl, Links);

    public string PeriodsUrl => SitePaths.Link(SitePaths.PeriodsUrl, Links);

    public string AlignmentUrl => SitePaths.Link(SitePaths.AlignmentIndexUrl, Links);

    public string KpisUrl => SitePaths.Link(SitePaths.KpisUrl, Links);

    public string TeamsUrl => SitePaths.Link(SitePaths.TeamsUrl, Links);

    public string ReportUrl => SitePaths.ReportJson;

    /// <summary>The comparison with the previous report in one line, linking to its page; null without a comparison.</summary>
    public ChangesSummaryView? Changes { get; init; }
}
