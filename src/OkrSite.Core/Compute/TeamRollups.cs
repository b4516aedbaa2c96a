using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// Team roll-ups: per period, a team's own objectives and those of all its sub-teams at any depth, counted by status
/// and scored as their equal-weight mean. Summed bottom-up in one walk (a chain of 100,000 teams is valid content),
/// with its own stack; a team cycle (an error of the validate stage) is cut where the walk meets it again.
/// </summary>
public static class TeamRollups
{
    private sealed class Sum
    {
        public int Count;
        public int Scored;
        public double Total;
        public StatusCounts Statuses = StatusCounts.None;

        public void Add(Sum other)
        {
            Count += other.Count;
            Scored += other.Scored;
            Total += other.Total;
            Statuses = Statuses.Plus(other.Statuses);
        }
    }

    /// <summary>The roll-ups of every team of <paramref name="teams"/> (ids unique), keyed by team id.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<TeamRollup>> Of(
        IReadOnlyList<(string Id, string? Parent)> teams, IEnumerable<Objective> objectives, DateOnly asOf, ScoringOptions scoring)
    {
        var ids = teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var children = teams.Where(t => t.Parent is not null && ids.Contains(t.Parent))
            .ToLookup(t => t.Parent!, t => t.Id, StringComparer.Ordinal);
        var own = objectives.Where(o => o.Team is not null && ids.Contains(o.Team)).ToLookup(o => o.Team!, StringComparer.Ordinal);

        var sums = new Dictionary<string, SortedDictionary<Period, Sum>>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Id, IEnumerator<string> Next)>();
        foreach (var root in ids.Order(StringComparer.Ordinal))
        {
            if (sums.ContainsKey(root))
            {
                continue;
            }

            Enter(root);
            while (stack.TryPeek(out var top))
            {
                if (top.Next.MoveNext())
                {
                    var child = top.Next.Current;
                    if (!sums.ContainsKey(child) && !onPath.Contains(child))
                    {
                        Enter(child);
                    }

                    continue;
                }

                stack.Pop();
                top.Next.Dispose();
                onPath.Remove(top.Id);
                sums[top.Id] = Total(top.Id);
            }
        }

        return sums.ToDictionary(
            s => s.Key,
            s => s.Value.Reverse().Select(p => Rollup(p.Key, p.Value, asOf, scoring)).ToImmutableArray(),
            StringComparer.Ordinal);

        void Enter(string id)
        {
            onPath.Add(id);
            stack.Push((id, children[id].Order(StringComparer.Ordinal).GetEnumerator()));
        }

        // The team's own objectives, then its finished sub-teams in id order: the same order on every build.
        SortedDictionary<Period, Sum> Total(string id)
        {
            var total = new SortedDictionary<Period, Sum>();
            foreach (var objective in own[id].OrderBy(o => o.Period).ThenBy(o => o.Id, StringComparer.Ordinal))
            {
                var sum = At(total, objective.Period);
                sum.Count++;
                sum.Statuses = sum.Statuses.Plus(StatusCounts.Of([objective.Status]));
                if (objective.Score is { } score)
                {
                    sum.Scored++;
                    sum.Total += score;
                }
            }

            foreach (var child in children[id].Order(StringComparer.Ordinal))
            {
                // A child still on the walk's path closes a cycle: it is left out here.
                if (sums.TryGetValue(child, out var sub))
                {
                    foreach (var (period, sum) in sub)
                    {
                        At(total, period).Add(sum);
                    }
                }
            }

            // Most teams of a large site own nothing in any period: they share one empty, never written, table.
            return total.Count == 0 ? Empty : total;
        }
    }

    private static readonly SortedDictionary<Period, Sum> Empty = [];

    private static Sum At(SortedDictionary<Period, Sum> sums, Period period)
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
        return new TeamRollup(period, sum.Count, sum.Statuses, score, StatusRule.Of(score, period, asOf, scoring));
    }
}
