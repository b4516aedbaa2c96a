using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0511: a KPI in its red zone (critical) that no key result of an open period tracks (a period that has not
/// ended at the report date: the current one or a later one). A KPI that went south is a candidate for an OKR.
/// </summary>
internal sealed class RedKpiCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachRedKpiUnattended;

    public override string Name => "red-kpi";

    public override string Title => "A red KPI nobody works on";

    public override string Why => "Niven and Lamorte connect KPIs and OKRs this way: a KPI that went out of its healthy range is a candidate for an objective for the next period, so that someone works on bringing it back.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        foreach (var kpi in context.Report.Kpis.Where(k => k.Health == KpiHealth.Critical))
        {
            var worked = kpi.LinkedKeyResults
                .Select(r => ObjectiveKey.SplitKeyResult(r).Objective)
                .Any(key => context.Objectives.TryGetValue(key, out var o) && !context.IsClosed(o.Period));
            if (!worked)
            {
                yield return CoachFinding.About(kpi, $"KPI '{kpi.Name}' is critical and no key result of a current or coming period tracks it", $"a KPI in its red zone is a candidate for an objective; set one with a key result on '{kpi.Id}'");
            }
        }
    }
}
