namespace OkrSite.Core.Render.Html;

/// <summary>
/// The teams index as a tree: teams without a (known) parent at the roots, each team's sub-teams beneath it, siblings
/// by name then id. A walk with its own stack, since a chain of 100,000 teams is valid content; a cycle (an error of
/// the validate stage) cannot loop: each team is listed once, and one no root reaches becomes a root of its own.
/// </summary>
internal static class TeamTree
{
    internal sealed record Node(string Id, string? Parent, string Name);

    /// <summary>Every team once, in page order, with its depth (1 at a root).</summary>
    public static IReadOnlyList<(string Id, int Level)> Rows(IReadOnlyList<Node> teams)
    {
        var ids = teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var order = Comparer<Node>.Create((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Id, b.Id);
        });
        var children = teams
            .Where(t => t.Parent is { } p && p != t.Id && ids.Contains(p))
            .GroupBy(t => t.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(order).ToArray(), StringComparer.Ordinal);
        var sorted = teams.Order(order).ToArray();
        var roots = sorted.Where(t => t.Parent is not { } p || p == t.Id || !ids.Contains(p));

        var rows = new List<(string Id, int Level)>(teams.Count);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(Node Team, int Level)>();
        foreach (var start in roots.Concat(sorted))
        {
            if (listed.Contains(start.Id))
            {
                continue;
            }

            stack.Push((start, 1));
            while (stack.TryPop(out var item))
            {
                if (!listed.Add(item.Team.Id))
                {
                    continue;
                }

                rows.Add((item.Team.Id, item.Level));
                if (children.TryGetValue(item.Team.Id, out var list))
                {
                    for (var i = list.Length - 1; i >= 0; i--)
                    {
                        stack.Push((list[i], item.Level + 1));
                    }
                }
            }
        }

        return rows;
    }
}
