namespace OkrSite.Core.Render.Html.Views;

internal sealed record KeyResultView(
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
    ChartView? Chart)
{
    /// <summary>False for a metric key result without a current value: the page says "no data yet".</summary>
    public bool HasValue { get; init; } = true;

    /// <summary>Where the baseline, current value and score come from ("from content/data/x.csv line 14"); empty when from nowhere.</summary>
    public string BaselineSource { get; init; } = string.Empty;

    public string CurrentSource { get; init; } = string.Empty;

    public string ScoreSource { get; init; } = string.Empty;

    /// <summary>The short forms the table shows, with the sources above as their tooltips ("crm-monthly.csv, line 11").</summary>
    public string BaselineSourceLabel { get; init; } = string.Empty;

    public string CurrentSourceLabel { get; init; } = string.Empty;

    public string ScoreSourceLabel { get; init; } = string.Empty;

    /// <summary>The check-in history, oldest first; empty without check-ins.</summary>
    public IReadOnlyList<CheckInView> CheckIns { get; init; } = [];

    /// <summary>The latest confidence and its trend; null without any.</summary>
    public ConfidenceView? Confidence { get; init; }

    /// <summary>"no check-in for 12 days" when the key result is overdue; empty otherwise.</summary>
    public string Overdue { get; init; } = string.Empty;
}
