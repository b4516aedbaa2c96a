namespace OkrSite.Core.Render.Html.Views;

public sealed record KeyResultView(
    string Id,
    string Title,
    bool IsMilestone,
    string Baseline,
    string Current,
    string CurrentNote,
    string Target,
    string Weight,
    string Score,
    int Percent,
    Badge Status,
    bool Manual,
    LinkView? Kpi,
    ChartView? Chart);
