using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The alignment tree as flat rows: each objective once in full, lists that open and close in balance.</summary>
public class AlignmentRowsTests
{
    private static IReadOnlyList<AlignmentRow> Rows(TempSite site)
    {
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new ViewBuilder(result.Report!, new MarkdownRenderer(false), new Dictionary<string, ChartView>()).Alignment(Period.Parse("2026-Q3")).Rows;
    }

    [Fact]
    public void An_objective_with_two_parents_is_shown_under_the_first_and_referenced_under_the_second()
    {
        using var site = ShapeSites.Lattice(2);

        var rows = Rows(site);

        Assert.Equal(
            ["1 l00-0 full", "2 l01-0 full", "2 l01-1 full", "1 l00-1 full", "2 l01-0 reference", "2 l01-1 reference"],
            rows.Select(r => $"{r.Level} {r.Objective.Id} {(r.IsReference ? "reference" : "full")}"));
        Assert.Equal([true, false, false, true, false, false], rows.Select(r => r.Opens));
        Assert.Equal([0, 0, 1, 0, 0, 1], rows.Select(r => r.Closes));
    }

    [Fact]
    public void Lists_nest_only_so_deep_and_deeper_rows_keep_their_level()
    {
        const int Depth = ViewBuilder.MaxNesting + 10;
        using var site = ShapeSites.Chain(Depth);

        var rows = Rows(site);

        Assert.Equal(Enumerable.Range(1, Depth), rows.Select(r => r.Level));
        Assert.Equal(ViewBuilder.MaxNesting - 1, rows.Count(r => r.Opens));
        Assert.Equal(ViewBuilder.MaxNesting - 1, rows[^1].Closes);
        Assert.Equal(rows.Count(r => r.Opens), rows.Sum(r => r.Closes));
        Assert.Equal(10, rows.Count(r => r.IsFlattened));
    }
}
