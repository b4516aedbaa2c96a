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
        _byTeam = report.Objectives.Where(o => o.Team is not null).ToLookup(o => o.Team!, StringComparer.Ordinal);

        // Looked up, never searched per objective: a team can have 100,000 objectives and as many sub-team objectives.
        _firstByTeamAndPeriod = [];
        foreach (var o in report.Objectives.Where(o => o.Team is not null))
        {
            var key = (o.Team!, o.Period);
            if (!_firstByTeamAndPeriod.TryGetValue(key, out var first) || string.CompareOrdinal(o.Key, first.Key) < 0)
            {
                _firstByTeamAndPeriod[key] = o;
            }
        }
    }

    private readonly ILookup<string, Objective> _byTeam;
    private readonly Dictionary<(string Team, Period Period), Objective> _firstByTeamAndPeriod;

    public Report Report { get; }

    public CoachOptions Options { get; }

    public DateOnly AsOf => Report.AsOf;

    public IReadOnlyDictionary<string, Objective> Objectives { get; }

    public IReadOnlyDictionary<string, Kpi> Kpis { get; }

    public IReadOnlyDictionary<string, Team> Teams { get; }

    /// <summary>A period is closed once the report date is past its last day, as its verdicts are final (<see cref="VerdictRule.IsFinal"/>).</summary>
    public bool IsClosed(Period period) => VerdictRule.IsFinal(period, AsOf);

    /// <summary>The team's own objectives (not its sub-teams'), by key.</summary>
    public IEnumerable<Objective> OwnObjectives(Team team) => _byTeam[team.Id];

    /// <summary>The team's own objective of <paramref name="period"/> that sorts first by key, or null.</summary>
    public Objective? FirstObjective(string team, Period period) => _firstByTeamAndPeriod.GetValueOrDefault((team, period));
}
