namespace OkrSite.Core.Render.Html.Views;

internal sealed record KpiView(
    string Id,
    string Name,
    string Url,
    string? Unit,
    string Direction,
    string? Indicator,
    string? Frequency,
    string? Owner,
    string? Source,
    LinkView? Team,
    string Target,
    string Green,
    string Red,
    string Latest,
    string LatestDate,
    Badge Health,
    bool Stale,
    string StaleText,
    ChartView? Chart,
    IReadOnlyList<DataRow> Notes,
    IReadOnlyList<TrackingKeyResultView> KeyResults,
    RawHtml Body,
    string? Previous,
    string PreviousDate,
    string? Change,
    string? ToTarget)
{
    /// <summary>False when the KPI has no value up to the report date: the pages say "no data yet".</summary>
    public bool HasData { get; init; } = true;

    /// <summary>The CSV row of the latest value ("from content/data/x.csv line 14").</summary>
    public string LatestSource { get; init; } = string.Empty;

    /// <summary>The key results on this KPI period after period; null when fewer than two periods have one.</summary>
    public CarriedForwardView? CarriedForward { get; init; }
}

/// <summary>A key result, of any period, that tracks a KPI: how a KPI carried through several quarters shows.</summary>
internal sealed record TrackingKeyResultView(LinkView Objective, string Period, string Title, string Baseline, string Target, string Current, string Score, Badge Status)
{
    /// <summary>False for a metric key result without a current value.</summary>
    public bool HasValue { get; init; } = true;
}
