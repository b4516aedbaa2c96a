using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0513: an objective that aligns to nothing while a team above its own (its parent, or further up) has
/// objectives of the same period or of one that encloses it (2026 for 2026-Q4): there is something to align to.
/// </summary>
internal sealed class OrphanObjectiveCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachOrphanObjective;

    public override string Name => "orphan";

    public override string Title => "An objective aligned to nothing";

    public override string Why => "Doerr describes alignment as connecting each team's objectives to the ones above; an objective of a sub-team that aligns to nothing while its parent team has objectives is often a missed link, or work nobody above asked for.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        foreach (var o in context.Report.Objectives.Where(o => o.AlignsTo.IsEmpty && o.Team is not null))
        {
            if (context.Teams.TryGetValue(o.Team!, out var team) && team.Parent is not null && Candidate(context, team, o.Period) is { } candidate)
            {
                yield return CoachFinding.About(o, $"objective '{o.Title}' ({o.Key}) aligns to nothing, while team '{candidate.Team}' above '{team.Name}' has objectives such as '{candidate.Objective.Title}'", $"add aligns_to: {candidate.Objective.Key} (or the one it serves)");
            }
        }
    }

    /// <summary>The first objective (by key) of the nearest team above <paramref name="team"/> in the period or one enclosing it.</summary>
    private static (string Team, Objective Objective)? Candidate(CoachContext context, Team team, Period period)
    {
        var periods = period.Enclosing().Append(period).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal) { team.Id };
        var current = team;

        // Team cycles are an error of their own (OKR0304); the walk stops at one rather than loop.
        while (current.Parent is { } parentId && seen.Add(parentId) && context.Teams.TryGetValue(parentId, out var parent))
        {
            var candidate = periods.Select(p => context.FirstObjective(parent.Id, p)).OfType<Objective>().OrderBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
            if (candidate is not null)
            {
                return (parent.Name, candidate);
            }

            current = parent;
        }

        return null;
    }
}
