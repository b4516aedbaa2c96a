using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using OkrSite.Core.Render;

namespace OkrSite.Tests.Render;

public class ComparisonMarkdownTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static SnapshotObjective Objective(string title, Status status, double? score, params SnapshotKeyResult[] krs) =>
        new("2026-Q4/grow", "grow", title, Period.Parse("2026-Q4"), "sales", status, score, null, null, null, [.. krs]);

    private static ComparisonSnapshot Side(DateOnly asOf, params SnapshotObjective[] objectives) => new("Acme", asOf, Period.Parse("2026-Q4"), [.. objectives], []);

    private static Comparison Compare(SnapshotObjective before, SnapshotObjective after) =>
        ComparisonRule.Compare(Side(new DateOnly(2026, 11, 2), before), Side(new DateOnly(2026, 11, 16), after));

    /// <summary>The text a reader sees in each cell of each table, as GitHub's Markdown (CommonMark with pipe tables) renders it.</summary>
    private static List<List<string>> Rows(string markdown) =>
        [.. Markdown.Parse(markdown, Gfm).Descendants<Table>().SelectMany(t => t.OfType<TableRow>())
            .Select(r => r.OfType<TableCell>().Select(c => string.Concat(c.Descendants<LiteralInline>().Select(l => l.Content.ToString()))).ToList())];

    [Fact]
    public void Pipes_line_breaks_and_markup_in_titles_stay_text_in_their_cell()
    {
        const string title = "Grow | shrink\nthe *best* [link](x) <b>&amp;</b> `code` \\ _end_";
        var markdown = ComparisonMarkdown.Write(Compare(Objective(title, Status.AtRisk, 0.3), Objective(title, Status.OnTrack, 0.55)));

        var rows = Rows(markdown);
        var row = rows.First(r => r[1] == "2026-Q4");
        Assert.Equal(5, row.Count);
        Assert.Equal("Grow | shrink the *best* [link](x) <b>&amp;</b> `code` \\ _end_", row[0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.DoesNotContain(Markdown.Parse(markdown, Gfm).Descendants<EmphasisInline>(), _ => true);
        Assert.DoesNotContain(Markdown.Parse(markdown, Gfm).Descendants<LinkInline>(), _ => true);
        Assert.DoesNotContain(Markdown.Parse(markdown, Gfm).Descendants<HtmlInline>(), _ => true);
    }

    [Fact]
    public void A_status_change_reads_before_after_and_the_signed_delta()
    {
        // 0.3 → 0.55: +0.25 (0.25000000000000006 before rounding).
        var markdown = ComparisonMarkdown.Write(Compare(Objective("Grow", Status.AtRisk, 0.3), Objective("Grow", Status.OnTrack, 0.55)));

        Assert.StartsWith("## What changed since 2026-11-02\n\nAcme: the report as of 2026-11-16 against the one as of 2026-11-02: 1 status change, 1 score change.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Grow | 2026-Q4 | At risk | On track | 0.30 → 0.55 (+0.25) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Grow | 2026-Q4 | 0.30 → 0.55 (+0.25) | — | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fall_has_a_minus_and_a_key_result_names_its_objective()
    {
        var markdown = ComparisonMarkdown.Write(Compare(
            Objective("Grow", Status.OnTrack, 0.5, new SnapshotKeyResult("kr1", "Revenue", Status.OnTrack, 0.8, 80, "k€", 7)),
            Objective("Grow", Status.OnTrack, 0.5, new SnapshotKeyResult("kr1", "Revenue", Status.AtRisk, 0.6, 60, "k€", 4))));

        Assert.Contains("| Grow › Revenue | 2026-Q4 | On track | At risk | 0.80 → 0.60 (−0.20) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Grow › Revenue | 2026-Q4 | 0.80 → 0.60 (−0.20) | 7 → 4 (−3) | 80 k€ → 60 k€ (−20 k€) |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_equal_reports_say_no_changes_and_have_no_table()
    {
        var objective = Objective("Grow", Status.OnTrack, 0.5);
        var markdown = ComparisonMarkdown.Write(Compare(objective, objective));

        Assert.EndsWith(": no changes.\n\nNo changes.\n", markdown, StringComparison.Ordinal);
        Assert.Empty(Rows(markdown));
    }

    [Fact]
    public void The_summary_names_only_the_counts_that_are_not_zero_singular_or_plural()
    {
        var comparison = ComparisonRule.Compare(
            new ComparisonSnapshot("Acme", new DateOnly(2026, 11, 2), Period.Parse("2026-Q4"), [], [new SnapshotKpi("a", "A", null, KpiHealth.Healthy, null), new SnapshotKpi("b", "B", null, KpiHealth.Healthy, null)]),
            new ComparisonSnapshot("Acme", new DateOnly(2026, 11, 16), Period.Parse("2026-Q4"), [], [new SnapshotKpi("a", "A", null, KpiHealth.Warning, null), new SnapshotKpi("b", "B", null, KpiHealth.Warning, null)]));

        Assert.Equal("2 KPIs into warning", ComparisonMarkdown.Summary(comparison));
    }
}
