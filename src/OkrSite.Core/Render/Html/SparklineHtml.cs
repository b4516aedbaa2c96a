using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// A KPI's sparkline in a view: its series up to a day, its health and its label, drawn (<see cref="Sparkline"/>)
/// only when a template writes it. A view is built for every page of a build, also to find the page in the cache,
/// and every ended period's dashboard shows each KPI as it stood then: drawing the line for each was most of what
/// building a large site's views cost, for pages that came from the cache. The page key hashes these fields, the
/// series once per build (it is shared by every page that shows the KPI), so it still changes with any of them.
/// </summary>
internal sealed record SparklineHtml(Series Series, DateOnly? Until, KpiHealth Health, string Label) : IHtml
{
    public string Html => Sparkline.Html(Until is { } until ? Series.Until(until) : Series.Points, Health, Label).Html;

    public override string ToString() => Html;
}
