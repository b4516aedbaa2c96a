using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// The shape of one period's alignment tree: which objectives it shows, in what order, at what depth, and which
/// lines are references to an objective shown in full elsewhere on the page. It arranges, it computes no figure.
/// <para>
/// A period's tree holds its own objectives, what they align to in the longer periods that contain it (a quarter's
/// half and year: the annual objectives a quarter's serve, tagged with their period on the page), and what aligns to
/// them from periods within it (a year's quarters). An objective with several parents in the tree is shown in full
/// under the first of its <c>aligns_to</c> that is there (in the Report's order: by key) and as a reference under the others; a parent outside
/// the tree (another quarter) is listed as <see cref="Row.Elsewhere"/>. Every walk keeps its own stack: a chain of
/// 100,000 objectives is valid content. A cycle (an error of the validate stage) cannot loop: each objective is
/// shown in full once, and one that no root reaches becomes a root of its own.
/// </para>
/// Built once per build over every objective, so that each period's tree costs what it shows.
/// </summary>
internal sealed class AlignmentTree
{
    /// <summary>An objective as the tree needs it; <see cref="Group"/> (its team's name, "" for the company) and <see cref="Title"/> order siblings.</summary>
    internal sealed record Node(string Key, Period Period, ImmutableArray<string> AlignsTo, string Group, string Title);

    /// <summary>One line of the tree in page order; <see cref="Level"/> is 1 at a root.</summary>
    internal sealed record Row(string Key, int Level, bool IsReference, ImmutableArray<string> Elsewhere);

    private readonly Dictionary<string, Node> _nodes;
    private readonly Dictionary<string, List<string>> _childrenOf;
    private readonly ILookup<Period, Node> _byPeriod;

    public AlignmentTree(IEnumerable<Node> nodes)
    {
        _nodes = nodes.ToDictionary(n => n.Key, StringComparer.Ordinal);
        _childrenOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var node in _nodes.Values)
        {
            foreach (var parent in node.AlignsTo.Distinct(StringComparer.Ordinal))
            {
                if (_nodes.ContainsKey(parent))
                {
                    if (!_childrenOf.TryGetValue(parent, out var list))
                    {
                        _childrenOf.Add(parent, list = []);
                    }

                    list.Add(node.Key);
                }
            }
        }

        _byPeriod = _nodes.Values.ToLookup(n => n.Period);
    }

    /// <summary>The rows of <paramref name="period"/>'s tree; empty when nothing of it or within it has objectives.</summary>
    public IReadOnlyList<Row> For(Period period)
    {
        var shown = Members(period);
        var parents = new Dictionary<string, List<string>>(StringComparer.Ordinal); // in the tree, in aligns_to order
        var children = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        var roots = new List<Node>();
        foreach (var key in shown)
        {
            var node = _nodes[key];
            var inTree = node.AlignsTo.Distinct(StringComparer.Ordinal).Where(shown.Contains).ToList();
            parents.Add(key, inTree);
            if (inTree.Count == 0)
            {
                roots.Add(node);
            }

            foreach (var parent in inTree)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children.Add(parent, list = []);
                }

                list.Add(node);
            }
        }

        roots.Sort(Siblings);
        foreach (var list in children.Values)
        {
            list.Sort(Siblings);
        }

        var rows = new List<Row>(shown.Count);
        var full = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(Node Node, int Level, bool Reference)>();

        // Roots first; then, in order, whatever a cycle kept out of their reach.
        var starts = roots.Concat(shown.Select(k => _nodes[k]).Order(Comparer<Node>.Create(Siblings)));
        foreach (var start in starts)
        {
            if (full.Contains(start.Key))
            {
                continue;
            }

            stack.Push((start, 1, false));
            while (stack.TryPop(out var item))
            {
                if (item.Reference || !full.Add(item.Node.Key))
                {
                    rows.Add(new Row(item.Node.Key, item.Level, true, []));
                    continue;
                }

                rows.Add(new Row(item.Node.Key, item.Level, false, Elsewhere(item.Node, shown)));
                if (children.TryGetValue(item.Node.Key, out var list))
                {
                    for (var i = list.Count - 1; i >= 0; i--)
                    {
                        var child = list[i];

                        // Its first parent in the tree holds it in full; every other parent a reference to it.
                        stack.Push((child, item.Level + 1, parents[child.Key][0] != item.Node.Key));
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The period's objectives, their parents in enclosing periods, and their children in periods within it.</summary>
    private HashSet<string> Members(Period period)
    {
        var enclosing = period.Enclosing().ToHashSet();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var up = new Stack<Node>();
        var down = new Stack<Node>();
        foreach (var node in _byPeriod[period])
        {
            shown.Add(node.Key);
            up.Push(node);
            down.Push(node);
        }

        while (up.TryPop(out var node))
        {
            foreach (var key in node.AlignsTo)
            {
                if (_nodes.TryGetValue(key, out var parent) && enclosing.Contains(parent.Period) && shown.Add(key))
                {
                    up.Push(parent);
                }
            }
        }

        while (down.TryPop(out var node))
        {
            foreach (var key in _childrenOf.GetValueOrDefault(node.Key) ?? [])
            {
                var child = _nodes[key];
                if (Within(child.Period, period) && shown.Add(key))
                {
                    down.Push(child);
                }
            }
        }

        return shown;
    }

    private ImmutableArray<string> Elsewhere(Node node, HashSet<string> shown) =>
        [.. node.AlignsTo.Distinct(StringComparer.Ordinal).Where(k => _nodes.ContainsKey(k) && !shown.Contains(k))];

    private static bool Within(Period inner, Period outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    /// <summary>Longer and earlier periods first (a year before its quarters, Q3 before Q4), the company before teams, then by title and key.</summary>
    private static int Siblings(Node a, Node b)
    {
        var byStart = a.Period.Start.CompareTo(b.Period.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byLength = b.Period.Days.CompareTo(a.Period.Days);
        if (byLength != 0)
        {
            return byLength;
        }

        var byGroup = (a.Group.Length == 0).CompareTo(b.Group.Length == 0);
        if (byGroup != 0)
        {
            return -byGroup;
        }

        var c = string.CompareOrdinal(a.Group, b.Group);
        c = c != 0 ? c : string.CompareOrdinal(a.Title, b.Title);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }
}
