namespace OkrSite.Core.Model;

/// <summary>Where a KPI's latest value stands against its green and red thresholds.</summary>
public enum KpiHealth
{
    NoData,
    Unrated,
    Critical,
    Warning,
    Healthy,
}
