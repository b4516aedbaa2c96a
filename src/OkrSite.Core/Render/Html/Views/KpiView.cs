namespace OkrSite.Core.Render.Html.Views;

public sealed record KpiView(
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
    string? ToTarget);

/// <summary>A key result, of any period, that tracks a KPI: how a KPI carried through several quarters shows.</summary>
public sealed record TrackingKeyResultView(LinkView Objective, string Period, string Title, string Baseline, string Target, string Current, string Score, Badge Status);
