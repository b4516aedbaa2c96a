using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>The rules of the report date and the reporting period (resolved by <c>Compute.ReportDate</c>).</summary>
internal static class ReportDateRules
{
    /// <summary>A build needs a report date: without --as-of, site.json asOf or any dated value there is none (an error).</summary>
    public static void CheckAsOf(DateOnly? asOf, DiagnosticBag diagnostics)
    {
        if (asOf is null)
        {
            diagnostics.Add(Codes.NoAsOf, new SourceSpan("site.json"), "no report date: the data has no dated values; set \"asOf\": \"yyyy-MM-dd\" in site.json or pass --as-of");
        }
    }

    /// <summary>A reporting period that no objective has (chosen by --period or site.json) is a warning, unless there are no objectives at all.</summary>
    public static void CheckPeriod(Period period, ContentSet content, DiagnosticBag diagnostics)
    {
        if (content.Objectives.Length > 0 && !content.Objectives.Any(o => o.Period == period))
        {
            diagnostics.Add(Codes.PeriodWithoutObjectives, new SourceSpan("site.json"), $"the reporting period {period} has no objectives");
        }
    }
}
