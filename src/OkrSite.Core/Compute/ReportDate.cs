using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>Resolves the report date and the reporting period from the command line, site.json and the content.</summary>
public static class ReportDate
{
    /// <summary>--as-of, else site.json asOf, else the newest date in the data; null (with an error) when there is none.</summary>
    public static DateOnly? AsOf(DateOnly? commandLine, SiteConfig config, DataSet data, DiagnosticBag diagnostics)
    {
        var asOf = commandLine ?? config.AsOf ?? data.LatestDate;
        if (asOf is null)
        {
            diagnostics.Add(Codes.NoAsOf, new SourceSpan("site.json"), "no report date: the data has no dated values; set \"asOf\": \"yyyy-MM-dd\" in site.json or pass --as-of");
        }

        return asOf;
    }

    /// <summary>--period, else site.json period, else the latest period that has objectives, else the quarter of asOf.</summary>
    public static Period Period(Period? commandLine, SiteConfig config, ContentSet content, DateOnly asOf, DiagnosticBag diagnostics)
    {
        var chosen = commandLine ?? config.Period;
        if (chosen is { } period)
        {
            if (content.Objectives.Length > 0 && !content.Objectives.Any(o => o.Period == period))
            {
                diagnostics.Add(Codes.PeriodWithoutObjectives, new SourceSpan("site.json"), $"the reporting period {period} has no objectives");
            }

            return period;
        }

        return content.Objectives.Length > 0 ? content.Objectives.Max(o => o.Period) : Model.Period.QuarterOf(asOf);
    }
}
