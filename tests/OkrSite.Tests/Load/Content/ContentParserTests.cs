using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Content;

public class ContentParserTests
{
    private const string File = "content/okrs/2026-Q3/loyal-customers.md";

    private static (ObjectiveDefinition? Objective, IReadOnlyList<Diagnostic> Diagnostics) Objective(string text, Period? folder = null) =>
        Diagnose.Run(bag => ContentParser.ParseObjective(File, text, folder ?? Period.Parse("2026-Q3"), bag));

    [Fact]
    public void Reads_an_objective_with_its_key_results()
    {
        var (objective, diagnostics) = Objective("""
            ---
            title: Create wildly loyal customers
            team: customer-success
            owner: Dana Lee
            aligns_to: [delight-customers, top-ticketing-product]
            key_results:
              - title: Retention from 73% to 75%
                metric: customer-retention
                baseline: 73%
                target: 75
                weight: 2
              - id: success-plans
                title: Success plans for all top-tier clients
                type: milestone
                done: true
              - title: New CRM live
                progress: 0.5
              - title: Clients rated healthy +20%
                metric: healthy-clients
                target: 1,200
                score: 0.4
            ---
            Why this matters.
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(objective);
        Assert.Equal("loyal-customers", objective.Id);
        Assert.Equal("Create wildly loyal customers", objective.Title);
        Assert.Equal("2026-Q3", objective.Period.ToString());
        Assert.Equal("customer-success", objective.Team!.Value.Value);
        Assert.Equal(["delight-customers", "top-ticketing-product"], objective.AlignsTo.Select(a => a.Value));
        Assert.Equal(5, objective.AlignsTo[0].At.Line);
        Assert.Equal("Why this matters.", objective.Body.Text.Trim());
        Assert.Equal(23, objective.Body.Line);

        var krs = objective.KeyResults;
        Assert.Equal(["kr1", "success-plans", "kr3", "kr4"], krs.Select(k => k.Id));
        Assert.Equal(73, krs[0].Baseline);
        Assert.Equal(75, krs[0].Target);
        Assert.Equal(2, krs[0].Weight);
        Assert.Equal(7, krs[0].Source.Line);
        Assert.Equal(KeyResultType.Milestone, krs[1].Type);
        Assert.True(krs[1].Done);
        Assert.Equal(KeyResultType.Milestone, krs[2].Type); // inferred: only progress is written
        Assert.Equal(0.5, krs[2].Progress);
        Assert.Equal(1200, krs[3].Target);
        Assert.Equal(0.4, krs[3].Score);
    }

    [Fact]
    public void Explicit_period_wins_over_the_folder()
    {
        var (objective, _) = Objective("---\ntitle: A\nperiod: 2026-Q4\nkey_results:\n  - title: x\n    done: true\n---\n");

        Assert.Equal("2026-Q4", objective!.Period.ToString());
    }

    [Fact]
    public void A_single_aligns_to_is_a_list_of_one()
    {
        var (objective, _) = Objective("---\ntitle: A\naligns_to: company-goal\nkey_results:\n  - title: x\n    done: true\n---\n");

        Assert.Equal(["company-goal"], objective!.AlignsTo.Select(a => a.Value));
    }

    public static TheoryData<string, string, int, int, string> BadObjectives => new()
    {
        { "---\ntitle: A\nkey_results:\n  - title: x\n    weight: heavy\n    target: 3\n    metric: m\n---\n", "OKR0104", 5, 13, "weight must be a number, but is 'heavy'" },
        { "---\ntitle: A\nkey_results: 3\n---\n", "OKR0104", 3, 14, "key_results must be a list of key results" },
        { "---\ntitle: A\n---\n", "OKR0111", 2, 1, "an objective needs 'key_results:'" },
        { "---\ntitle: A\nkey_results: []\n---\n", "OKR0111", 3, 1, "key_results is empty" },
        { "---\nteam: x\nkey_results:\n  - title: x\n    done: true\n---\n", "OKR0105", 2, 1, "an objective needs a 'title'" },
        { "---\ntitle: A\nperiod: 2026-Q5\nkey_results:\n  - title: x\n    done: true\n---\n", "OKR0109", 3, 9, "period '2026-Q5' is not a period" },
        { "---\ntitle: A\nid: Loyal Customers\nkey_results:\n  - title: x\n    done: true\n---\n", "OKR0106", 3, 5, "id 'Loyal Customers' may only contain a-z, 0-9 and '-'; for example 'loyal-customers'" },
        { "---\ntitle: A\nid: ../etc\nkey_results:\n  - title: x\n    done: true\n---\n", "OKR0106", 3, 5, "id '../etc' may only contain" },
        { "---\ntitle: A\nkey_results:\n  - title: x\n    type: outcome\n    target: 3\n    metric: m\n---\n", "OKR0108", 5, 11, "type 'outcome' of a key result is not one of: metric, milestone" },
        { "---\ntitle: A\nkey_results:\n  - title: x\n    metric: m\n---\n", "OKR0306", 4, 5, "metric key result 'kr1' needs a 'target'" },
        { "---\ntitle: A\nkey_results:\n  - title: x\n    target: 5\n---\n", "OKR0312", 4, 5, "needs a 'metric'" },
        { "---\ntitle: A\nkey_results:\n  - title: x\n    score: 1.5\n    done: true\n---\n", "OKR0110", 5, 12, "score 1.5 must be between 0 and 1" },
        { "---\ntitle: A\nkey_results:\n  - title: x\n    weight: 0\n    done: true\n---\n", "OKR0110", 5, 13, "weight 0 must be greater than 0" },
        { "---\ntitle: A\nkey_results:\n  - title: x\n    done: true\n  - id: kr1\n    title: y\n    done: true\n---\n", "OKR0107", 6, 5, "key result id 'kr1' is used twice" },
        { "---\ntitle: A\nkey_results:\n  - just a string\n---\n", "OKR0104", 4, 5, "each entry of 'key_results' must be a key result" },
        { "---\ntitle: [unclosed\nkey_results: []\n---\n", "OKR0102", 2, 8, "a '[', '{' or quote is not closed" },
        { "---\ntitle: A\nowner: Ana\ntags: [a, {b: c}, [d, e]\nkey_results: []\n---\n", "OKR0102", 4, 7, "a '[', '{' or quote is not closed" }, // the outer '[' of line 4, not the first line
        { "---\ntitle: A # [not an opener\nnote: 'nor [ this'\nunit: {kind: x\nkey_results: []\n---\n", "OKR0102", 4, 7, "a '[', '{' or quote is not closed" },
        { "---\ntitle: \"unclosed\nkey_results: []\n---\n", "OKR0102", 2, 8, "front matter is not valid YAML" },
        { "---\ntitle: A\ntitle: B\nkey_results: []\n---\n", "OKR0102", 3, 1, "front matter is not valid YAML" },
        { "---\ntitle: A\n  bad: indent\n---\n", "OKR0102", 3, 6, "front matter is not valid YAML" },
        { "title: A\n", "OKR0101", 1, 1, "the file must start with YAML front matter" },
        { "---\ntitle: A\n", "OKR0101", 1, 1, "no closing '---' line" },
    };

    [Theory]
    [MemberData(nameof(BadObjectives))]
    public void Bad_front_matter_is_an_error_at_its_line_and_column(string text, string code, int line, int column, string message)
    {
        var (_, diagnostics) = Objective(text);

        var error = diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(error is not null, $"no {code} in: {string.Join(" | ", diagnostics)}");
        Assert.Equal(File, error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("130", 130)]
    [InlineData("99.9", 99.9)]
    [InlineData("12,480", 12480)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("1_000", 1000)]
    [InlineData("75%", 75)]
    [InlineData("75 %", 75)]
    [InlineData("-0", 0)]
    [InlineData("1.5e3", 1500)]
    public void A_front_matter_number_is_read_by_the_same_rule_as_csv(string written, double expected)
    {
        var (objective, diagnostics) = Objective($"---\ntitle: A\nkey_results:\n  - title: x\n    metric: m\n    target: {written}\n---\n");

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(expected, Assert.Single(objective!.KeyResults).Target);
    }

    [Theory]
    [InlineData("99,9", "target must be a number, but is '99,9'; front matter uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write '99.9'")]
    [InlineData("1,5", "target must be a number, but is '1,5'; front matter uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write '1.5'")]
    [InlineData("1,2,3", "target must be a number, but is '1,2,3'; front matter uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write the number with '.' for decimals")]
    [InlineData("12,5x", "target must be a number, but is '12,5x'; front matter uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write the number with '.' for decimals")]
    [InlineData("12abc", "target must be a number, but is '12abc'")]
    [InlineData("n/a", "target must be a number, but is 'n/a'")]
    public void A_front_matter_number_that_is_not_plain_is_an_error_never_another_number(string written, string message)
    {
        var (_, diagnostics) = Objective($"---\ntitle: A\nkey_results:\n  - title: x\n    metric: m\n    target: {written}\n---\n");

        var error = Assert.Single(diagnostics, d => d.Code == "OKR0104");
        Assert.Equal(message, error.Message);
        Assert.Equal((6, 13), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_a_suggestion()
    {
        var (objective, diagnostics) = Objective("---\ntitle: A\nalign_to: x\nkey_results:\n  - title: x\n    done: true\n    wieght: 2\n---\n");

        Assert.NotNull(objective);
        Assert.Equal(
            [
                "content/okrs/2026-Q3/loyal-customers.md(3,1): warning OKR0103: unknown field 'align_to' in an objective is ignored; did you mean 'aligns_to'?",
                "content/okrs/2026-Q3/loyal-customers.md(7,5): warning OKR0103: unknown field 'wieght' in a key result is ignored; did you mean 'weight'?",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Objective_outside_a_period_folder_needs_a_period()
    {
        var (_, diagnostics) = Diagnose.Run(bag => ContentParser.ParseObjective("content/okrs/x.md", "---\ntitle: A\nkey_results:\n  - title: x\n    done: true\n---\n", null, bag));

        Assert.Contains("must be in a folder named after its period", Diagnose.Single(diagnostics, Codes.InvalidPeriod).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_name_that_is_not_an_id_suggests_one()
    {
        var (_, diagnostics) = Diagnose.Run(bag => ContentParser.ParseTeam("content/teams/Customer Success.md", "---\nname: CS\n---\n", bag));

        Assert.Equal(
            "content/teams/Customer Success.md(1,1): error OKR0106: the file name 'Customer Success.md' is not a valid id (a-z, 0-9 and '-'); rename it to 'customer-success.md' or set 'id: customer-success'",
            Diagnose.Single(diagnostics, Codes.InvalidId).ToString());
    }

    [Fact]
    public void Reads_a_kpi()
    {
        var (kpi, diagnostics) = Diagnose.Run(bag => ContentParser.ParseKpi("content/kpis/social-response-time.md", """
            ---
            name: Social response time
            unit: hours
            direction: lower
            indicator: leading
            frequency: weekly
            owner: Sam
            source: Zendesk
            team: support
            target: 2
            green: 4
            red: 12
            ---
            Median time to first reply.
            """, bag));

        Assert.Empty(diagnostics);
        Assert.Equal("social-response-time", kpi!.Id);
        Assert.Equal(Direction.Lower, kpi.Direction);
        Assert.Equal(Indicator.Leading, kpi.Indicator);
        Assert.Equal(Frequency.Weekly, kpi.Frequency);
        Assert.Equal("Zendesk", kpi.DataSource);
        Assert.Equal("support", kpi.Team!.Value.Value);
        Assert.Equal((2.0, 4.0, 12.0), (kpi.Target!.Value, kpi.Green!.Value, kpi.Red!.Value));
    }

    [Fact]
    public void Kpi_thresholds_the_wrong_way_round_are_an_error()
    {
        var (_, diagnostics) = Diagnose.Run(bag => ContentParser.ParseKpi("content/kpis/x.md", "---\nname: X\ndirection: lower\ngreen: 12\nred: 4\n---\n", bag));

        Assert.Equal(
            "content/kpis/x.md(4,1): error OKR0309: green 12 and red 4 are the wrong way round: with direction lower, green must be at most red",
            Diagnose.Single(diagnostics, Codes.ThresholdOrder).ToString());
    }

    [Fact]
    public void Kpi_with_a_bad_direction_lists_the_choices()
    {
        var (_, diagnostics) = Diagnose.Run(bag => ContentParser.ParseKpi("content/kpis/x.md", "---\nname: X\ndirection: up\n---\n", bag));

        Assert.Equal("direction 'up' of a KPI is not one of: higher, lower", Diagnose.Single(diagnostics, Codes.InvalidChoice).Message);
    }

    [Fact]
    public void Index_page_front_matter_is_optional()
    {
        var (page, diagnostics) = Diagnose.Run(bag => ContentParser.ParsePage("content/index.md", "# Welcome\n", bag));

        Assert.Empty(diagnostics);
        Assert.Equal("# Welcome\n", page!.Body.Text);
    }

    [Fact]
    public void Folder_period_is_the_innermost_period_folder()
    {
        Assert.Equal("2026-Q3", ContentLoader.FolderPeriod("content/okrs/2026/2026-Q3/x.md").ToString());
        Assert.Equal("2026", ContentLoader.FolderPeriod("content/okrs/2026/marketing/x.md").ToString());
        Assert.Null(ContentLoader.FolderPeriod("content/okrs/marketing/x.md"));
    }

    [Fact]
    public void A_bad_key_result_is_left_out_but_the_objective_stays_so_its_links_are_still_checked()
    {
        var (objective, diagnostics) = Objective("---\ntitle: A\naligns_to: company\nkey_results:\n  - title: ok\n    done: true\n  - target: 5\n    metric: m\n---\n");

        Assert.NotNull(objective);
        Assert.Equal(["kr1"], objective.KeyResults.Select(k => k.Id));
        Assert.Equal(["company"], objective.AlignsTo.Select(a => a.Value));
        Assert.Equal(Codes.RequiredField.Id, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_milestone_with_a_bad_done_value_gets_one_clear_error()
    {
        var (_, diagnostics) = Objective("---\ntitle: A\nkey_results:\n  - title: Ship\n    done: yes please\n---\n");

        Assert.Equal(["content/okrs/2026-Q3/loyal-customers.md(5,11): error OKR0104: done must be true or false, but is 'yes please'"], diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(5000, "nested more than 32 levels deep")]
    [InlineData(100000, "nested more than 32 levels deep")]
    public void Deeply_nested_front_matter_is_an_error_not_a_stack_overflow(int depth, string message)
    {
        var text = "---\ntitle: " + new string('[', depth) + new string(']', depth) + "\n---\n";

        var (_, diagnostics) = Objective(text);

        var error = Diagnose.Single(diagnostics, Codes.YamlSyntax);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("---\n? [a, b]\n: x\n---\n", 2, "a key must be a plain name")]
    [InlineData("---\ntitle: &t A\nowner: *t\n---\n", 2, "anchors and aliases")]
    [InlineData("---\nkey_results: &k [1]\n---\n", 2, "anchors and aliases")]
    public void Complex_keys_and_aliases_are_rejected(string text, int line, string message)
    {
        var (_, diagnostics) = Objective(text);

        var error = Diagnose.Single(diagnostics, Codes.YamlSyntax);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", ObjectiveKind.Aspirational)]
    [InlineData("kind: committed\n", ObjectiveKind.Committed)]
    [InlineData("kind: Aspirational\n", ObjectiveKind.Aspirational)]
    public void Reads_the_kind_of_an_objective_aspirational_by_default(string line, ObjectiveKind expected)
    {
        var (objective, diagnostics) = Objective($"---\ntitle: A\n{line}key_results:\n  - title: x\n    type: milestone\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, objective!.Kind);
    }

    [Fact]
    public void A_misspelt_kind_is_an_error_with_a_did_you_mean()
    {
        var (_, diagnostics) = Objective("---\ntitle: A\nkind: comitted\nkey_results:\n  - title: x\n    type: milestone\n---\n");

        Assert.Equal(
            $"{File}(3,7): error OKR0108: kind 'comitted' of an objective is not one of: aspirational, committed; did you mean 'committed'?",
            Diagnose.Single(diagnostics, Codes.InvalidChoice).ToString());
    }
}

