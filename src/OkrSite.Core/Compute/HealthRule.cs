using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

internal static class HealthRule
{
    /// <summary>
    /// Direction higher: healthy at or above green, critical at or below red, warning between. Lower mirrors it.
    /// With only red set, anything short of red is healthy; with only green, anything short of green is a warning;
    /// with neither the KPI is unrated.
    /// </summary>
    public static KpiHealth Of(Direction direction, double? green, double? red, double? latest)
    {
        if (latest is not { } value)
        {
            return KpiHealth.NoData;
        }

        if (green is null && red is null)
        {
            return KpiHealth.Unrated;
        }

        var higher = direction == Direction.Higher;
        if (green is { } g && (higher ? value >= g : value <= g))
        {
            return KpiHealth.Healthy;
        }

        if (red is { } r && (higher ? value <= r : value >= r))
        {
            return KpiHealth.Critical;
        }

        return green is null ? KpiHealth.Healthy : KpiHealth.Warning;
    }

    /// <summary>The most days a value may be old before the KPI is stale.</summary>
    public static int MaxAgeDays(Frequency frequency) => frequency switch
    {
        Frequency.Daily => 1,
        Frequency.Weekly => 7,
        Frequency.Monthly => 31,
        Frequency.Quarterly => 92,
        _ => 366,
    };

    /// <summary>Stale when more days passed between the latest value and the report date than its frequency allows.</summary>
    public static bool IsStale(Frequency? frequency, DateOnly? latest, DateOnly asOf) =>
        frequency is { } f && latest is { } date && asOf.DayNumber - date.DayNumber > MaxAgeDays(f);
}
