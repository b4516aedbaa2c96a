using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>OKR0503: a key result of a quarterly objective that tracks a KPI marked <c>indicator: lagging</c>.</summary>
internal sealed class LaggingKpiCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachLaggingKpi;

    public override string Name => "lagging-kpi";

    public override string Title => "A quarterly key result on a lagging KPI";

    public override string Why => "Paul Niven and Ben Lamorte (Objectives and Key Results) advise key results a team can move within the period; a lagging measure such as brand perception or retention reports the outcome months later, so a quarter's work does not show in it. Leading metrics (visits, time on page, shares) move first.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        foreach (var o in context.Report.Objectives.Where(o => o.Period.Kind == PeriodKind.Quarter))
        {
            foreach (var kr in o.KeyResults)
            {
                if (kr.Kpi is { } id && context.Kpis.TryGetValue(id, out var kpi) && kpi.Indicator == Indicator.Lagging)
                {
                    yield return CoachFinding.About(o, kr, $"key result '{kr.Title}' of {o.Key} tracks '{kpi.Name}', a lagging KPI that rarely moves within a quarter", $"set the key result on a leading metric that moves first (visits, time on page, shares) and watch '{kpi.Name}' as the outcome");
                }
            }
        }
    }
}
