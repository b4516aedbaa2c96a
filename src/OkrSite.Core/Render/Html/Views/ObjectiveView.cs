namespace OkrSite.Core.Render.Html.Views;

internal sealed record ObjectiveView(
    string Id,
    string Title,
    string Url,
    string Period,
    string PeriodUrl,
    LinkView? Team,
    string? Owner,
    string Score,
    int Percent,
    string Expected,
    int ExpectedPercent,
    Badge Status,
    IReadOnlyList<KeyResultView> KeyResults,
    IReadOnlyList<LinkView> AlignsTo,
    IReadOnlyList<LinkView> Children,
    IReadOnlyList<LinkView> Kpis,
    RawHtml Body)
{
    /// <summary>The objective's key ("2026-Q3/retention"): unique where <see cref="Id"/> is unique per period only.</summary>
    public string Key => $"{Period}{Model.ObjectiveKey.Separator}{Id}";

    /// <summary>The objective's confidence (its least confident key result's) and trend; null without any.</summary>
    public ConfidenceView? Confidence { get; init; }

    /// <summary>How many of its key results are overdue for a check-in.</summary>
    public int OverdueCheckIns { get; init; }

    /// <summary>Whether any key result has a check-in: the page then shows the check-ins section.</summary>
    public bool HasCheckIns { get; init; }
}
