using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Text;

/// <summary>
/// A status or KPI health as a badge: the word (in the site's language), a symbol and a tone, so that status is
/// never told by colour alone. Each status has its own shape; "✔" is kept for done (a milestone completed, an
/// objective achieved) and never means "on track".
/// </summary>
internal static class Badges
{
    public const string OnTrack = "●";
    public const string AtRisk = "▲";
    public const string OffTrack = "✖";
    public const string NotStarted = "◌";
    public const string NoData = "○";
    public const string Done = "✔";
    public const string Unrated = "–";

    public static Badge For(Status status, UiText text) => status switch
    {
        Status.OnTrack => new("on-track", text.Get("status.on-track"), OnTrack, "good"),
        Status.AtRisk => new("at-risk", text.Get("status.at-risk"), AtRisk, "warn"),
        Status.OffTrack => new("off-track", text.Get("status.off-track"), OffTrack, "bad"),
        Status.NotStarted => new("not-started", text.Get("status.not-started"), NotStarted, "neutral"),
        _ => new("no-data", text.Get("status.no-data"), NoData, "neutral"),
    };

    public static Badge For(KpiHealth health, UiText text) => health switch
    {
        KpiHealth.Healthy => new("healthy", text.Get("health.healthy"), OnTrack, "good"),
        KpiHealth.Warning => new("warning", text.Get("health.warning"), AtRisk, "warn"),
        KpiHealth.Critical => new("critical", text.Get("health.critical"), OffTrack, "bad"),
        KpiHealth.Unrated => new("unrated", text.Get("health.unrated"), Unrated, "neutral"),
        _ => new("no-data", text.Get("status.no-data"), NoData, "neutral"),
    };
}
