using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;

namespace OkrSite.Tests.Validate;

public class KeyResultRulesTests
{
    private static readonly DateOnly MidAugust = new(2026, 8, 15);

    private static readonly DataSet Data = new(
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create("retention", new Series("retention", [new(new DateOnly(2026, 6, 30), 73), new(new DateOnly(2026, 7, 31), 73.5)])),
            KeyValuePair.Create("fresh", new Series("fresh", [new(new DateOnly(2026, 7, 31), 10)])),
        }),
        []);

    private static ContentSet Content(string keyResult)
    {
        var bag = new DiagnosticBag();
        var objective = ContentParser.ParseObjective("content/okrs/2026-Q3/o.md", $"---\ntitle: o\nkey_results:\n  - title: x\n{keyResult}---\n", Period.Parse("2026-Q3"), bag);
        Assert.Empty(bag.ToSortedList());
        return new([], [], [objective!], null);
    }

    private static IReadOnlyList<Diagnostic> Diagnostics(Action<DiagnosticBag> check)
    {
        var bag = new DiagnosticBag();
        check(bag);
        return bag.ToSortedList();
    }

    private static IReadOnlyList<string> Check(string keyResult) =>
        [.. Diagnostics(bag => KeyResultRules.Check(Content(keyResult), Data, MidAugust, bag)).Select(d => d.ToString())];

    [Fact]
    public void A_target_equal_to_the_baseline_from_the_data_is_an_error_that_says_where_the_baseline_comes_from() =>
        Assert.Equal(
            ["content/okrs/2026-Q3/o.md(4,5): error OKR0305: key result 'kr1' has target 73 equal to its baseline (the baseline comes from the last value of 'retention' before the period); set a target that differs from 73"],
            Check("    metric: retention\n    target: 73\n"));

    [Fact]
    public void A_target_equal_to_a_written_baseline_is_an_error() =>
        Assert.Equal(
            ["content/okrs/2026-Q3/o.md(4,5): error OKR0305: key result 'kr1' has target 5 equal to its baseline; set a target that differs from 5"],
            Check("    baseline: 5\n    target: 5\n    current: 6\n"));

    [Fact]
    public void No_baseline_before_the_period_is_a_warning_when_there_is_a_current_value() =>
        Assert.Equal(
            ["content/okrs/2026-Q3/o.md(4,5): warning OKR0308: key result 'kr1' has no baseline and 'fresh' has no value before the period starts; add 'baseline:'"],
            Check("    metric: fresh\n    target: 20\n"));

    [Theory]
    [InlineData("    metric: retention\n    target: 73\n    score: 0.5\n")] // a manual score needs no computed one
    [InlineData("    metric: fresh\n    target: 20\n    baseline: 5\n")] // the baseline is written
    [InlineData("    metric: retention\n    target: 75\n")] // 73 → 75, now 73.5: scores 0.25
    [InlineData("    done: true\n")] // milestone
    public void Key_results_that_can_be_scored_or_need_no_score_pass(string keyResult) =>
        Assert.Empty(Check(keyResult));

    [Fact]
    public void The_report_date_and_the_reporting_period_have_their_rules()
    {
        Assert.Equal(
            ["site.json: error OKR0310: no report date: the data has no dated values; set \"asOf\": \"yyyy-MM-dd\" in site.json or pass --as-of"],
            Diagnostics(bag => ReportDateRules.CheckAsOf(null, bag)).Select(d => d.ToString()));
        Assert.Empty(Diagnostics(bag => ReportDateRules.CheckAsOf(MidAugust, bag)));

        var content = Content("    done: true\n");
        Assert.Equal(
            ["site.json: warning OKR0311: the reporting period 2026-Q4 has no objectives"],
            Diagnostics(bag => ReportDateRules.CheckPeriod(Period.Parse("2026-Q4"), content, bag)).Select(d => d.ToString()));
        Assert.Empty(Diagnostics(bag => ReportDateRules.CheckPeriod(Period.Parse("2026-Q3"), content, bag)));
        Assert.Empty(Diagnostics(bag => ReportDateRules.CheckPeriod(Period.Parse("2026-Q4"), new ContentSet([], [], [], null), bag)));
    }
}
