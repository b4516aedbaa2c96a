namespace OkrSite.Core.Model;

/// <summary>
/// A KPI as it stood on an earlier day than the report date, the last day of an ended period: what that period's
/// pages show instead of the KPI's latest value. The same rules as <see cref="Kpi"/>'s figures, at <see cref="AsOf"/>.
/// </summary>
public sealed record KpiAsOf(string Id, DateOnly AsOf, DataPoint? Latest, DataPoint? Previous, double? Change, KpiHealth Health, bool Stale)
{
    /// <summary>The CSV row <see cref="Latest"/> was read from.</summary>
    public ValueOrigin LatestOrigin { get; init; } = ValueOrigin.None;

    /// <summary>Whether <see cref="Change"/> moved the KPI the better way for its direction; null without a change.</summary>
    public KpiMovement? Movement { get; init; }
}
