using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>Resolves the report date and the reporting period from the command line, site.json and the content.</summary>
internal static class ReportDate
{
    /// <summary>--as-of, else site.json asOf, else the newest date in the data; null when there is none (Validate reports it).</summary>
    public static DateOnly? AsOf(DateOnly? commandLine, SiteConfig config, DataSet data) => commandLine ?? config.AsOf ?? data.LatestDate;

    /// <summary>--period, else site.json period, else the latest period that has objectives, else the quarter of asOf.</summary>
    public static Period Period(Period? commandLine, SiteConfig config, ContentSet content, DateOnly asOf) =>
        commandLine ?? config.Period
        ?? (content.Objectives.Length > 0 ? content.Objectives.Max(o => o.Period) : Model.Period.QuarterOf(asOf));
}
