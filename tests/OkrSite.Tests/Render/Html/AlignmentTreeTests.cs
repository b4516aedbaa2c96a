using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html;

namespace OkrSite.Tests.Render.Html;

/// <summary>The shape of a period's alignment tree, on hand-made objectives: roots, order, references, periods, cycles, depth.</summary>
public class AlignmentTreeTests
{
    private static readonly Period Year = Period.Parse("2026");
    private static readonly Period Q3 = Period.Parse("2026-Q3");
    private static readonly Period Q4 = Period.Parse("2026-Q4");

    private static AlignmentTree.Node Node(Period period, string id, string group = "", params string[] alignsTo) =>
        new(ObjectiveKey.Of(period, id), period, [.. alignsTo], group, id);

    private static string[] Lines(IEnumerable<AlignmentTree.Row> rows) =>
        [.. rows.Select(r => $"{new string(' ', 2 * (r.Level - 1))}{r.Key}{(r.IsReference ? " (reference)" : string.Empty)}{(r.Elsewhere.IsEmpty ? string.Empty : " elsewhere " + string.Join(",", r.Elsewhere))}")];

    [Fact]
    public void Company_objectives_are_the_roots_and_team_objectives_sit_beneath_what_they_align_to()
    {
        var tree = new AlignmentTree(
        [
            Node(Q4, "web", "Marketing", "2026-Q4/grow"),
            Node(Q4, "grow"),
            Node(Q4, "support", "Customer Success", "2026-Q4/keep"),
            Node(Q4, "keep", "Customer Success"),
            Node(Q4, "product", "Product", "2026-Q4/grow"),
        ]);

        // The company's root before a team's; siblings by team, then title.
        Assert.Equal(
            ["2026-Q4/grow", "  2026-Q4/web", "  2026-Q4/product", "2026-Q4/keep", "  2026-Q4/support"],
            Lines(tree.For(Q4)));
    }

    [Fact]
    public void An_objective_with_several_parents_is_shown_once_under_its_first_and_referenced_under_the_others()
    {
        var tree = new AlignmentTree(
        [
            Node(Q4, "a"),
            Node(Q4, "b"),
            Node(Q4, "both", "Product", "2026-Q4/b", "2026-Q4/a"),
            Node(Q4, "child", "Support", "2026-Q4/both"),
        ]);

        // aligns_to names b first: b holds it in full (with its child), a a reference.
        Assert.Equal(
            ["2026-Q4/a", "  2026-Q4/both (reference)", "2026-Q4/b", "  2026-Q4/both", "    2026-Q4/child"],
            Lines(tree.For(Q4)));
    }

    [Fact]
    public void A_quarter_shows_the_annual_objectives_it_serves_as_roots_and_not_the_other_quarters()
    {
        var tree = new AlignmentTree(
        [
            Node(Year, "delight", "Customer Success"),
            Node(Year, "unrelated"),
            Node(Q3, "loyal", "Customer Success", "2026/delight"),
            Node(Q4, "loyal", "Customer Success", "2026/delight"),
            Node(Q4, "follow-up", "Support", "2026-Q3/loyal"),
        ]);

        // The same title in two quarters is two periods' objectives: each quarter's tree has its own.
        Assert.Equal(["2026/delight", "  2026-Q3/loyal"], Lines(tree.For(Q3)));
        Assert.Equal(["2026/delight", "  2026-Q4/loyal", "2026-Q4/follow-up elsewhere 2026-Q3/loyal"], Lines(tree.For(Q4)));

        // The year's tree reaches down into its quarters.
        Assert.Equal(
            ["2026/unrelated", "2026/delight", "  2026-Q3/loyal", "    2026-Q4/follow-up", "  2026-Q4/loyal"],
            Lines(tree.For(Year)));
    }

    [Fact]
    public void A_period_without_objectives_has_an_empty_tree() =>
        Assert.Empty(new AlignmentTree([Node(Year, "delight")]).For(Q4));

    [Fact]
    public void A_cycle_shows_each_objective_once_in_full_and_ends()
    {
        var tree = new AlignmentTree(
        [
            Node(Q4, "a", "", "2026-Q4/b"),
            Node(Q4, "b", "", "2026-Q4/a"),
        ]);

        Assert.Equal(["2026-Q4/a", "  2026-Q4/b", "    2026-Q4/a (reference)"], Lines(tree.For(Q4)));
    }

    [Fact]
    public void A_chain_of_100000_objectives_is_walked_on_a_small_stack()
    {
        const int Length = 100_000;
        var nodes = Enumerable.Range(0, Length)
            .Select(i => Node(Q4, Id(i), "", i == 0 ? [] : [ObjectiveKey.Of(Q4, Id(i - 1))]))
            .ToList();
        IReadOnlyList<AlignmentTree.Row> rows = [];

        // 256 KiB: a recursive walk of this chain would overflow it many times over.
        var thread = new Thread(() => rows = new AlignmentTree(nodes).For(Q4), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(Length, rows.Count);
        Assert.Equal(Enumerable.Range(1, Length), rows.Select(r => r.Level));
        Assert.DoesNotContain(rows, r => r.IsReference);

        static string Id(int i) => i.ToString("000000", CultureInfo.InvariantCulture);
    }
}
