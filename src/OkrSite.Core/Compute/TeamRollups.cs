using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// Team roll-ups: per period, a team's own objectives and those of all its sub-teams at any depth, counted by status
/// and scored as their equal-weight mean. Summed bottom-up in one walk (a chain of 100,000 teams is valid content),
/// with its own stack; a team cycle (an error of the validate stage) is cut where the walk meets it again.
/// </summary>
internal static class TeamRollups
{
    private sealed class Sum
    {
        public int Count;
        public int Scored;
        public double Total;
        public StatusCounts Statuses = StatusCounts.None;
        public VerdictCounts Verdicts = VerdictCounts.None;

        public void Add(Sum other)
        {
            Count += other.Count;
            Scored += other.Scored;
            Total += other.Total;
            Statuses = Statuses.Plus(other.Statuses);
            Verdicts = Verdicts.Plus(other.Verdicts);
        }
    }

    /// <summary>The roll-ups of every team of <paramref name="teams"/> (ids unique), keyed by team id.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<TeamRollup>> Of(
        IReadOnlyList<(string Id, string? Parent)> teams, IEnumerable<Objective> objectives, DateOnly asOf, ScoringOptions scoring)
    {
        // Teams by number, in id order: children are listed and summed in id order, the same on every build.
        var ids = teams.Select(t => t.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index.Add(ids[i], i);
        }

        var children = new List<int>?[ids.Length];
        foreach (var (id, parent) in teams.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            if (parent is not null && index.TryGetValue(parent, out var p))
            {
                (children[p] ??= []).Add(index[id]);
            }
        }

        var own = new List<Objective>?[ids.Length];
        foreach (var objective in objectives.OrderBy(o => o.Period).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            if (objective.Team is { } team && index.TryGetValue(team, out var t))
            {
                (own[t] ??= []).Add(objective);
            }
        }

        var sums = new Dictionary<Period, Sum>?[ids.Length];
        var state = new byte[ids.Length]; // 0 not reached, 1 on the walk's path, 2 summed
        var stack = new Stack<(int Team, int NextChild)>();
        for (var root = 0; root < ids.Length; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            while (stack.TryPop(out var top))
            {
                var list = children[top.Team];
                if (list is not null && top.NextChild < list.Count)
                {
                    stack.Push((top.Team, top.NextChild + 1));
                    var child = list[top.NextChild];
                    if (state[child] == 0)
                    {
                        state[child] = 1;
                        stack.Push((child, 0));
                    }

                    continue;
                }

                sums[top.Team] = Total(top.Team);
                state[top.Team] = 2;
            }
        }

        var result = new Dictionary<string, ImmutableArray<TeamRollup>>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            result.Add(ids[i], sums[i] is { } total
                ? [.. total.OrderByDescending(p => p.Key).Select(p => Rollup(p.Key, p.Value, asOf, scoring))]
                : []);
        }

        return result;

        // The team's own objectives, then its summed sub-teams in id order. A sub-team still on the walk's path
        // closes a cycle (an error of the validate stage): it is left out here.
        Dictionary<Period, Sum>? Total(int team)
        {
            Dictionary<Period, Sum>? total = null;
            foreach (var objective in own[team] ?? [])
            {
                var sum = At(total ??= [], objective.Period);
                sum.Count++;
                sum.Statuses = sum.Statuses.Plus(StatusCounts.Of([objective.Status]));
                sum.Verdicts = sum.Verdicts.Plus(VerdictCounts.Of([objective.Verdict]));
                if (objective.Score is { } score)
                {
                    sum.Scored++;
                    sum.Total += score;
                }
            }

            foreach (var child in children[team] ?? [])
            {
                if (state[child] == 2 && sums[child] is { } sub)
                {
                    foreach (var (period, sum) in sub)
                    {
                        At(total ??= [], period).Add(sum);
                    }
                }
            }

            return total;
        }
    }

    private static Sum At(Dictionary<Period, Sum> sums, Period period)
    {
        if (!sums.TryGetValue(period, out var sum))
        {
            sum = new Sum();
            sums.Add(period, sum);
        }

        return sum;
    }

    private static TeamRollup Rollup(Period period, Sum sum, DateOnly asOf, ScoringOptions scoring)
    {
        double? score = sum.Scored == 0 ? null : Figures.Round(sum.Total / sum.Scored);
        return new TeamRollup(period, sum.Count, sum.Statuses, score, StatusRule.Of(score, period, asOf, scoring))
        {
            Verdict = VerdictRule.Of(score, ObjectiveKind.Aspirational, period, asOf, scoring),
            ObjectiveVerdicts = sum.Verdicts,
        };
    }
}
