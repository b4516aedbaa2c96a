using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Compute;

/// <summary>Which source each figure of a key result is taken from, with the file, line and field it can be checked at.</summary>
public class KeyResultOriginTests
{
    private const string File = "content/okrs/2026-Q3/o.md";
    private const string Csv = "content/data/crm.csv";
    private static readonly Period Q3 = Period.Parse("2026-Q3");
    private static readonly DateOnly AsOf = new(2026, 8, 15);

    // Lines 2 to 5; the last value on or before 2026-08-15 is line 4, the last before the period line 3.
    private static readonly DataSet Data = CsvData.Of((Csv, "metric,date,value\nretention,2026-05-31,72.5\nretention,2026-06-30,73\nretention,2026-07-31,73.5\nretention,2026-08-31,74.1\n"));

    /// <summary>One key result whose fields start on line 5 of the objective file (line 4 is "- title: KR").</summary>
    private static KeyResult Compute(string fields, DataSet? data = null)
    {
        var bag = new DiagnosticBag();
        var objective = ContentParser.ParseObjective(File, $"---\ntitle: O\nkey_results:\n  - title: KR\n{fields}---\n", Q3, bag);
        Assert.Empty(bag.ToSortedList());
        var kr = Assert.Single(objective!.KeyResults);
        return KeyResultCalculator.Compute(kr, Q3, AsOf, data ?? Data, new Dictionary<string, KpiDefinition>(StringComparer.Ordinal), ScoringOptions.Default);
    }

    private static ValueOrigin Row(int line, DateOnly date) => new(OriginKind.Csv, new SourceSpan(Csv, line), "retention", date);

    private static ValueOrigin Field(OriginKind kind, int line, string field) => new(kind, new SourceSpan(File, line), field);

    [Fact]
    public void A_written_baseline_wins_over_the_data_and_the_current_value_is_the_row_up_to_the_report_date()
    {
        var kr = Compute("    metric: retention\n    baseline: 70\n    target: 75\n");

        Assert.Equal((70.0, Field(OriginKind.FrontMatter, 6, "baseline")), (kr.Baseline!.Value, kr.BaselineOrigin));
        Assert.Equal((73.5, Row(4, new DateOnly(2026, 7, 31))), (kr.Current!.Value, kr.CurrentOrigin));
        Assert.Equal(ValueOrigin.Computed, kr.ScoreOrigin);
        Assert.Equal(0.7, kr.Score!.Value, 12); // (73.5 − 70) / (75 − 70)
    }

    [Fact]
    public void Without_a_written_baseline_it_is_the_last_row_before_the_period()
    {
        var kr = Compute("    metric: retention\n    target: 75\n");

        Assert.Equal((73.0, Row(3, new DateOnly(2026, 6, 30))), (kr.Baseline!.Value, kr.BaselineOrigin));
    }

    [Fact]
    public void A_written_current_wins_over_the_data()
    {
        var kr = Compute("    metric: retention\n    baseline: 70\n    target: 75\n    current: 74\n");

        Assert.Equal((74.0, Field(OriginKind.FrontMatter, 8, "current")), (kr.Current!.Value, kr.CurrentOrigin));
    }

    [Fact]
    public void A_manual_score_replaces_the_computed_one_and_points_at_its_line()
    {
        var kr = Compute("    metric: retention\n    baseline: 70\n    target: 75\n    score: 0.9\n");

        Assert.Equal((0.9, Field(OriginKind.Manual, 8, "score")), (kr.Score!.Value, kr.ScoreOrigin));
        Assert.Equal(Row(4, new DateOnly(2026, 7, 31)), kr.CurrentOrigin);
    }

    [Theory]
    [InlineData("    done: true\n    progress: 0.4\n", 1.0, 5, "done")]
    [InlineData("    done: false\n    progress: 0.4\n", 0.4, 6, "progress")]
    [InlineData("    progress: 0.4\n", 0.4, 5, "progress")]
    [InlineData("    type: milestone\n    done: false\n", 0.0, 6, "done")]
    public void A_milestone_score_points_at_the_field_that_decides_it(string fields, double score, int line, string field)
    {
        var kr = Compute(fields);

        Assert.Equal((score, Field(OriginKind.Computed, line, field)), (kr.Score!.Value, kr.ScoreOrigin));
        Assert.Equal((ValueOrigin.None, ValueOrigin.None), (kr.BaselineOrigin, kr.CurrentOrigin));
    }

    [Fact]
    public void A_milestone_with_nothing_written_scores_0_computed_from_no_field()
    {
        var kr = Compute("    type: milestone\n");

        Assert.Equal((0.0, ValueOrigin.Computed), (kr.Score!.Value, kr.ScoreOrigin));
    }

    [Fact]
    public void A_metric_without_data_has_no_current_and_no_score_source()
    {
        var kr = Compute("    metric: retention\n    baseline: 70\n    target: 75\n", DataSet.Empty);

        Assert.Equal((null, ValueOrigin.None, ValueOrigin.None), (kr.Current, kr.CurrentOrigin, kr.ScoreOrigin));
    }
}
