using System.Collections.Immutable;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

internal static partial class ReportBuilder
{
    /// <summary>
    /// The objectives of one period computed from the live inputs at <paramref name="asOf"/>, as a build would show
    /// them without an archive (alignment aside): what the drift check compares an archive with.
    /// </summary>
    public static ImmutableArray<Objective> PeriodObjectives(SiteConfig config, ContentSet content, DataSet data, DateOnly asOf, Period period)
    {
        var kpiDefinitions = content.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        return [.. content.Objectives
            .Where(o => o.Period == period)
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => Objective(o, [], asOf, data, kpiDefinitions, config.Scoring))];
    }
}
