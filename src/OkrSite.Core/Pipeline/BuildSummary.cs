using OkrSite.Core.Model;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// What the command line says about a build once it is done: the counts, the period and report date, the base URL
/// and the comparison's one line. Made from the report, and kept in the build record so that a skipped rebuild
/// says exactly what the build it stands for said.
/// </summary>
public sealed record BuildSummary(int Objectives, int Kpis, int Teams, string Period, DateOnly AsOf, string BaseUrl)
{
    /// <summary>The report date of the previous report compared with, when there was a comparison.</summary>
    public DateOnly? ComparedWith { get; init; }

    /// <summary>The comparison in one line (<see cref="ReportDiff.Summary"/>), when there was one.</summary>
    public string? Comparison { get; init; }

    public static BuildSummary Of(Report report) => new(report.Objectives.Length, report.Kpis.Length, report.Teams.Length, report.Period.ToString(), report.AsOf, report.Config.BaseUrl)
    {
        ComparedWith = report.Comparison?.Previous.AsOf,
        Comparison = report.Comparison is { } comparison ? ReportDiff.Summary(comparison) : null,
    };
}
