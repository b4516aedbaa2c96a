using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach;

/// <summary>The report as the checks read it: its options and the look-ups several checks share, built once.</summary>
internal sealed class CoachContext
{
    public CoachContext(Report report)
    {
        Report = report;
        Options = report.Config.Coach;
        Objectives = report.Objectives.ToDictionary(o => o.Key, StringComparer.Ordinal);
        Kpis = report.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        Teams = report.Teams.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public Report Report { get; }

    public CoachOptions Options { get; }

    public DateOnly AsOf => Report.AsOf;

    public IReadOnlyDictionary<string, Objective> Objectives { get; }

    public IReadOnlyDictionary<string, Kpi> Kpis { get; }

    public IReadOnlyDictionary<string, Team> Teams { get; }

    /// <summary>A period is closed once the report date is past its last day, as its verdicts are final (<see cref="VerdictRule.IsFinal"/>).</summary>
    public bool IsClosed(Period period) => VerdictRule.IsFinal(period, AsOf);

    /// <summary>The team's own objectives (not its sub-teams'), by key.</summary>
    public ImmutableArray<Objective> OwnObjectives(Team team) =>
        [.. team.Objectives.Where(Objectives.ContainsKey).Select(k => Objectives[k])];
}
