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

    /// <summary>The KPI's data file (every value up to the report date, CSV), linked from its page; null without values.</summary>
    public DataFileView? Data { get; init; }

    /// <summary>The CSV row of the latest value ("from content/data/x.csv line 14").</summary>
    public string LatestSource { get; init; } = string.Empty;

    /// <summary>The key results on this KPI period after period; null when fewer than two periods have one.</summary>
    public CarriedForwardView? CarriedForward { get; init; }

    /// <summary>The way the value went since the previous one (↑ ↓ →); null without a change.</summary>
    public string? ChangeArrow { get; init; }

    /// <summary>Whether that helped, by the KPI's direction: better, worse or unchanged (a CSS class and a word); null without a change.</summary>
    public string? Movement { get; init; }

    public string? MovementLabel { get; init; }

    /// <summary>The latest value against the target ("2.2% below the 78% target"); null without both.</summary>
    public string? TargetGap { get; init; }

    /// <summary>The latest value is at or past the target in the better direction; null without both.</summary>
    public bool? TargetMet { get; init; }

    public bool HasTarget { get; init; }

    public bool HasGreen { get; init; }

    public bool HasRed { get; init; }

    /// <summary>The series as a small inline SVG for KPI lists; empty without values.</summary>
    public IHtml Sparkline { get; init; } = RawHtml.Empty;
}

/// <summary>A key result, of any period, that tracks a KPI: how a KPI carried through several quarters shows.</summary>
internal sealed record TrackingKeyResultView(LinkView Objective, string Period, string Title, string Baseline, string Target, string Current, string Score, Badge Status)
{
    /// <summary>False for a metric key result without a current value.</summary>
    public bool HasValue { get; init; } = true;
}

/// <summary>A data file a page links: its URL from the site root and how many values it holds.</summary>
internal sealed record DataFileView(string Url, int Count);
