using System.Globalization;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Tests.Render.Html;

/// <summary>The teams index as a tree, on hand-made teams, and a roll-up's split bar.</summary>
public class TeamTreeTests
{
    private static string[] Lines(IReadOnlyList<TeamTree.Node> teams) =>
        [.. TeamTree.Rows(teams).Select(r => new string(' ', 2 * (r.Level - 1)) + r.Id)];

    [Fact]
    public void Teams_sit_beneath_their_parent_by_name_and_a_team_with_an_unknown_parent_is_a_root() =>
        Assert.Equal(
            ["cs", "  support", "marketing", "  web", "  brand", "orphan"],
            Lines(
            [
                new("web", "marketing", "B Web"),
                new("support", "cs", "Support"),
                new("marketing", null, "Marketing"),
                new("brand", "marketing", "C Brand"),
                new("cs", null, "Customer Success"),
                new("orphan", "gone", "Orphan"),
            ]));

    [Fact]
    public void A_cycle_lists_each_team_once() =>
        Assert.Equal(["a", "  b"], Lines([new("a", "b", "A"), new("b", "a", "B")]));

    [Fact]
    public void A_chain_of_100000_teams_is_walked_on_a_small_stack()
    {
        const int Length = 100_000;
        var teams = Enumerable.Range(0, Length)
            .Select(i => new TeamTree.Node(Id(i), i == 0 ? null : Id(i - 1), Id(i)))
            .ToList();
        IReadOnlyList<(string Id, int Level)> rows = [];

        var thread = new Thread(() => rows = TeamTree.Rows(teams), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(Enumerable.Range(1, Length), rows.Select(r => r.Level));

        static string Id(int i) => "t" + i.ToString("000000", CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, new[] { 34, 33, 33 })] // 33.3 each: the remainder goes to the largest, the first of equals
    [InlineData(new[] { 2, 1 }, new[] { 67, 33 })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1 }, new[] { 15, 17, 17, 17, 17, 17 })] // 17 × 6 = 102: the first gives back 2
    [InlineData(new[] { 5 }, new[] { 100 })]
    public void A_split_fills_the_bar_exactly(int[] counts, int[] percents)
    {
        var badge = new Badge("on-track", "On track", "●", "good");

        var split = ViewBuilder.Split([.. counts.Select(c => new StatusCount(badge, c))]);

        Assert.Equal(percents, split.Select(s => s.Percent));
        Assert.Equal(100, split.Sum(s => s.Percent));
    }

    [Fact]
    public void A_split_of_nothing_is_empty() => Assert.Empty(ViewBuilder.Split([]));
}
