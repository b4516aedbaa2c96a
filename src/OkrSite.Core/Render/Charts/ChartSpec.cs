namespace OkrSite.Core.Render.Charts;

/// <summary>
/// What a chart shows, in no backend's terms: built from the model by <see cref="KeyResultChart"/> and
/// <see cref="KpiTrendChart"/> (pure functions tests call directly) and drawn by an <see cref="IChartBackend"/>.
/// Values are the metric's own; x is a date as <see cref="DateTicks.X"/> gives it, so every value sits at its real date.
/// </summary>
internal sealed record ChartSpec(ChartKind Kind, string AltText, string? ValueLabel, ValueRange Range, double XMin, double XMax)
{
    /// <summary>Shaded bands of the value axis (a KPI's healthy and critical zones), drawn first.</summary>
    public IReadOnlyList<ChartZone> Zones { get; init; } = [];

    /// <summary>Horizontal lines across the chart (the target), labelled at their left end.</summary>
    public IReadOnlyList<ChartLevel> Levels { get; init; } = [];

    /// <summary>Lines through points (the plan, the actual values).</summary>
    public IReadOnlyList<ChartLine> Lines { get; init; } = [];

    /// <summary>Marks without a line (notes, check-ins).</summary>
    public IReadOnlyList<ChartMarks> Marks { get; init; } = [];

    /// <summary>A labelled vertical line at a date (the report date).</summary>
    public ChartDateMark? Today { get; init; }

    /// <summary>The latest value, drawn as a dot in its status colour and labelled with value and date.</summary>
    public ChartCallout? Latest { get; init; }

    /// <summary>One entry per kind of element the chart has, in drawing order; none for an element it lacks.</summary>
    public IReadOnlyList<LegendEntry> Legend { get; init; } = [];

    /// <summary>How the date axis writes its labels (the site's language).</summary>
    public required ChartFormat Format { get; init; }
}

/// <summary>Which model a chart is drawn from.</summary>
internal enum ChartKind
{
    KeyResult,
    KpiTrend,
}

/// <summary>
/// The roles a chart paints with; each is a CSS class inside the SVG with a light and a dark colour
/// (<see cref="ChartCss"/>). Lines use the Okabe-Ito colours, which readers with any common colour-vision deficiency
/// can tell apart; zones are also labelled in words and their edges differ in dash.
/// </summary>
internal enum ChartRole
{
    Actual,
    Plan,
    Target,
    Healthy,
    Critical,
    Good,
    Warn,
    Bad,
    Neutral,
    Text,
    Muted,
    Grid,
}

internal enum ChartDash
{
    Solid,
    Dashed,
    Dotted,
    LongDash,
}

internal enum ChartMark
{
    None,
    Dot,
    OpenCircle,
    OpenDiamond,
    TriangleUp,
}

/// <summary>A value at a place on the date axis.</summary>
internal readonly record struct ChartPoint(double X, double Value);

/// <summary>A band of the value axis from <see cref="From"/> to <see cref="To"/> (null: open to that side), its edge at <see cref="Edge"/>.</summary>
internal sealed record ChartZone(ChartRole Role, double? From, double? To, double Edge, ChartDash EdgeDash, string Label);

internal sealed record ChartLevel(ChartRole Role, double Value, ChartDash Dash, string Label);

internal sealed record ChartLine(ChartRole Role, IReadOnlyList<ChartPoint> Points, ChartDash Dash, float Width, ChartMark Marker, float MarkerSize);

/// <summary>Marks at points; <see cref="OnBottomEdge"/> puts them on the bottom edge (a date without a value).</summary>
internal sealed record ChartMarks(ChartRole Role, ChartMark Mark, IReadOnlyList<ChartPoint> Points, float Size, bool OnBottomEdge = false);

internal sealed record ChartDateMark(double X, string Label);

internal sealed record ChartCallout(ChartPoint Point, ChartRole Role, string Label);

/// <summary>What a legend entry stands for; the page draws its swatch with the same look as the chart.</summary>
internal enum LegendKind
{
    Actual,
    Plan,
    Target,
    Healthy,
    Critical,
    Latest,
    Note,
    CheckIn,
    CheckInValue,
}

internal sealed record LegendEntry(LegendKind Kind, string Text)
{
    /// <summary>The swatch's CSS class on the page: "actual", "plan", "check-in-value", …</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Css => Kind switch
    {
        LegendKind.CheckIn => "check-in",
        LegendKind.CheckInValue => "check-in-value",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
