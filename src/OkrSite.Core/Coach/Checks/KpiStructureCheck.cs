using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0509: a KPI without one or more of what a structured KPI needs: a unit, a data source, a reporting frequency,
/// an owner, thresholds (green or red; one of them is a threshold, as "only red" is a valid design). One finding per
/// KPI, listing what is missing.
/// </summary>
internal sealed class KpiStructureCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachKpiIncomplete;

    public override string Name => "kpi-structure";

    public override string Title => "A KPI without its structure";

    public override string Why => "Bernard Marr (Key Performance Indicators) and David Parmenter (Key Performance Indicators: Developing, Implementing, and Using Winning KPIs) describe a KPI by its measure and unit, data source, reporting frequency, owner and targets or thresholds: without them two people read the same number differently and nobody acts when it turns red.";

    /// <summary>The front-matter fields <paramref name="kpi"/> lacks, in the order a KPI file lists them.</summary>
    public static IReadOnlyList<string> Missing(Kpi kpi)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(kpi.Unit))
        {
            missing.Add("unit");
        }

        if (kpi.Frequency is null)
        {
            missing.Add("frequency");
        }

        if (string.IsNullOrWhiteSpace(kpi.Owner))
        {
            missing.Add("owner");
        }

        if (string.IsNullOrWhiteSpace(kpi.DataSource))
        {
            missing.Add("source");
        }

        if (kpi.Green is null && kpi.Red is null)
        {
            missing.Add("green/red thresholds");
        }

        return missing;
    }

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        foreach (var kpi in context.Report.Kpis)
        {
            if (Missing(kpi) is { Count: > 0 } missing)
            {
                yield return CoachFinding.About(kpi, $"KPI '{kpi.Name}' has no {string.Join(", ", missing)}", "a KPI needs a unit, a reporting frequency, an owner, a data source and thresholds so that everyone reads it the same way and knows who acts when it turns red");
            }
        }
    }
}
