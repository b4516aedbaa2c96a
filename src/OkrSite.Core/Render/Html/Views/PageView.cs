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
/// </summary>
internal sealed record SiteView(string Title, string Language, string AsOf, string Period, IReadOnlyList<LinkView> Periods, string Generator, string? PeriodUrl = null, string PeriodsUrl = SitePaths.PeriodsUrl)
{
    // The site-wide pages every layout links to, from SitePaths like every other URL, so a theme need not spell them.
    public string AlignmentUrl => SitePaths.AlignmentUrl;

    public string KpisUrl => SitePaths.KpisUrl;

    public string TeamsUrl => SitePaths.TeamsUrl;

    public string ReportUrl => SitePaths.ReportJson;
}
