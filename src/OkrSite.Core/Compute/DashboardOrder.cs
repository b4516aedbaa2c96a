using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// The order a period's dashboard shows its objectives in, attention first: the company's objectives on top, then
/// one group per objective the team objectives align to, the group with most objectives off track (then at risk)
/// first, then the team objectives aligned to nothing. Within a group: off track, at risk, on track, not started,
/// no data (an ended period by verdict: missed, partly achieved, achieved, no data), ties by title, then key.
/// </summary>
internal static class DashboardOrder
{
    /// <summary>How much an objective needs attention: 0 most. Ended periods rank by verdict, running ones by status.</summary>
    public static int Rank(Objective o) => o.Verdict is { } verdict
        ? verdict switch { Verdict.Missed => 0, Verdict.PartlyAchieved => 1, Verdict.Achieved => 2, _ => 4 }
        : o.Status switch { Status.OffTrack => 0, Status.AtRisk => 1, Status.OnTrack => 2, Status.NotStarted => 3, _ => 4 };

    /// <summary>The objectives behind: at risk or off track while the period runs, missed once it has ended.</summary>
    public static bool IsBehind(Objective o) => o.Verdict is { } verdict ? verdict == Verdict.Missed : o.Status is Status.OffTrack or Status.AtRisk;

    /// <summary>Worst first, ties by title, then key: the order inside every group.</summary>
    public static IEnumerable<Objective> WorstFirst(IEnumerable<Objective> objectives) =>
        objectives.OrderBy(Rank).ThenBy(o => o.Title, StringComparer.Ordinal).ThenBy(o => o.Key, StringComparer.Ordinal);

    /// <param name="objectives">The period's objectives.</param>
    /// <param name="all">Every objective of the site by key: the parents may be in another period (a quarter's aligned to the year's).</param>
    /// <param name="companyTeam">The team at the top of the hierarchy, whose objectives are the company's; null when there is none.</param>
    public static ImmutableArray<ObjectiveGroup> Groups(IReadOnlyList<Objective> objectives, IReadOnlyDictionary<string, Objective> all, string? companyTeam)
    {
        bool IsCompany(Objective o) => o.Team is null || o.Team == companyTeam;

        var company = objectives.Where(IsCompany).ToList();
        var teams = objectives.Where(o => !IsCompany(o)).ToList();

        // An objective aligned to several is shown under one: a company objective before a team's, then by key.
        var primary = teams.ToDictionary(
            o => o.Key,
            o => o.AlignsTo.Where(all.ContainsKey)
                .OrderBy(p => IsCompany(all[p]) ? 0 : 1)
                .ThenBy(p => p, StringComparer.Ordinal)
                .FirstOrDefault(),
            StringComparer.Ordinal);

        // Looked up by parent, never searched per parent: a period can have 10,000 objectives aligned to as many.
        var shownUnder = teams.Where(o => primary[o.Key] is not null).ToLookup(o => primary[o.Key]!, StringComparer.Ordinal);
        var alsoUnder = teams
            .SelectMany(o => o.AlignsTo.Where(p => all.ContainsKey(p) && p != primary[o.Key]).Select(p => (Parent: p, Objective: o)))
            .ToLookup(x => x.Parent, x => x.Objective, StringComparer.Ordinal);
        var aligned = teams
            .SelectMany(o => o.AlignsTo.Where(all.ContainsKey))
            .Distinct(StringComparer.Ordinal)
            .Select(parent => (Parent: all[parent], Shown: shownUnder[parent].ToList(), Also: alsoUnder[parent].ToList()))
            .OrderByDescending(g => g.Shown.Count(o => Rank(o) == 0))
            .ThenByDescending(g => g.Shown.Count(o => Rank(o) == 1))
            .ThenBy(g => g.Parent.Title, StringComparer.Ordinal)
            .ThenBy(g => g.Parent.Key, StringComparer.Ordinal)
            .Select(g => new ObjectiveGroup(ObjectiveGroupKind.Aligned, g.Parent.Key, Keys(g.Shown), Keys(g.Also)));

        var notAligned = teams.Where(o => primary[o.Key] is null).ToList();

        var groups = ImmutableArray.CreateBuilder<ObjectiveGroup>();
        if (company.Count > 0)
        {
            groups.Add(new ObjectiveGroup(ObjectiveGroupKind.Company, null, Keys(company), []));
        }

        groups.AddRange(aligned);
        if (notAligned.Count > 0)
        {
            groups.Add(new ObjectiveGroup(ObjectiveGroupKind.NotAligned, null, Keys(notAligned), []));
        }

        return groups.ToImmutable();
    }

    /// <summary>
    /// The team whose objectives are the company's: the one team without a parent, when it has sub-teams. Several
    /// top-level teams (or a single team alone) are teams like any other, and the company's objectives have no team.
    /// </summary>
    public static string? CompanyTeam(IEnumerable<Team> teams)
    {
        var roots = teams.Where(t => t.Parent is null).Take(2).ToList();
        return roots is [{ Children.IsEmpty: false } root] ? root.Id : null;
    }

    private static ImmutableArray<string> Keys(IEnumerable<Objective> objectives) => [.. WorstFirst(objectives).Select(o => o.Key)];
}
