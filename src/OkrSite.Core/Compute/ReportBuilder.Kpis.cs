using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

internal static partial class ReportBuilder
{
    /// <summary>The KPI's gap to its target and the way its latest change went, both by its direction (<see cref="KpiProgress"/>).</summary>
    private static Kpi WithProgress(Kpi kpi)
    {
        var gap = KpiProgress.Gap(kpi.Latest?.Value, kpi.Target, kpi.Direction);
        return kpi with { TargetGap = gap, TargetMet = KpiProgress.Met(gap), Movement = KpiProgress.Movement(kpi.Change, kpi.Direction) };
    }
}
