using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Validate;

/// <summary>Objective ids are unique per period; aligns_to names an objective by its id when that is unambiguous, or as period/id.</summary>
public class ObjectiveIdentityTests
{
    private static ObjectiveDefinition Objective(string period, string id, string front = "")
    {
        var bag = new DiagnosticBag();
        var objective = ContentParser.ParseObjective($"content/okrs/{period}/{id}.md", $"---\ntitle: {id}\n{front}key_results:\n  - title: x\n    done: true\n---\n", Period.Parse(period), bag);
        Assert.Empty(bag.ToSortedList());
        return objective!;
    }

    private static (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Validate(params ObjectiveDefinition[] objectives) =>
        Diagnose.Run(bag => ContentValidator.Validate(new ContentSet([], [], [.. objectives], null), DataSet.Empty, bag));

    private static IEnumerable<string> AlignsTo(ContentSet content, string key) =>
        content.Objectives.Single(o => o.Key == key).AlignsTo.Select(a => a.Value);

    [Fact]
    public void The_key_of_an_objective_is_its_period_and_id()
    {
        Assert.Equal("2026-Q3/retention", Objective("2026-Q3", "retention").Key);
        Assert.Equal("2026/retention", Objective("2026", "retention").Key);
        Assert.Equal("2026-H2/retention", Objective("2026-H2", "retention").Key);
    }

    [Fact]
    public void The_same_id_in_two_quarters_is_two_objectives()
    {
        var (content, diagnostics) = Validate(Objective("2026-Q3", "retention"), Objective("2026-Q4", "retention"));

        Assert.Empty(diagnostics);
        Assert.Equal(["2026-Q3/retention", "2026-Q4/retention"], content.Objectives.Select(o => o.Key));
    }

    [Fact]
    public void An_id_that_one_objective_has_names_it()
    {
        var (content, diagnostics) = Validate(Objective("2026", "company-growth"), Objective("2026-Q3", "retention", "aligns_to: company-growth\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(["2026/company-growth"], AlignsTo(content, "2026-Q3/retention"));
    }

    [Theory]
    [InlineData("2026-Q3/company-growth")]
    [InlineData("2026-q3/company-growth")]
    public void Period_and_id_name_one_objective_of_an_id_that_several_periods_use(string reference)
    {
        var (content, diagnostics) = Validate(
            Objective("2026-Q3", "company-growth"),
            Objective("2026-Q4", "company-growth"),
            Objective("2026-Q4", "retention", $"aligns_to: [{reference}, 2026-Q4/company-growth]\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(["2026-Q3/company-growth", "2026-Q4/company-growth"], AlignsTo(content, "2026-Q4/retention"));
    }

    [Fact]
    public void An_id_that_several_periods_use_is_an_error_that_lists_the_forms_to_write()
    {
        var (content, diagnostics) = Validate(
            Objective("2026-Q3", "company-growth"),
            Objective("2026-Q4", "company-growth"),
            Objective("2026-Q4", "retention", "aligns_to: company-growth\n"));

        Assert.Equal(
            "content/okrs/2026-Q4/retention.md(3,12): error OKR0330: aligns_to names 'company-growth', an id that objectives of 2 periods use; write the one meant as period/id: '2026-Q4/company-growth' or '2026-Q3/company-growth'",
            Assert.Single(diagnostics).ToString());
        Assert.Empty(AlignsTo(content, "2026-Q4/retention"));
    }

    [Fact]
    public void An_id_of_many_periods_lists_the_latest_ones()
    {
        var quarters = Enumerable.Range(0, 12).Select(i => $"{2026 + (i / 4)}-Q{(i % 4) + 1}").ToList();
        var (_, diagnostics) = Validate([.. quarters.Select(q => Objective(q, "growth")), Objective("2026", "retention", "aligns_to: growth\n")]);

        Assert.Equal(
            "aligns_to names 'growth', an id that objectives of 12 periods use; write the one meant as period/id: '2028-Q4/growth', '2028-Q3/growth', '2028-Q2/growth', '2028-Q1/growth', '2027-Q4/growth', '2027-Q3/growth', '2027-Q2/growth', '2027-Q1/growth' or one of 4 more",
            Diagnose.Single(diagnostics, Codes.AmbiguousObjective).Message);
    }

    [Theory]
    [InlineData("company-growht", "; did you mean 'company-growth'?")]
    [InlineData("2026-Q3/company-growht", "; did you mean '2026-Q3/company-growth'?")]
    [InlineData("2026-Q4/grow", "; did you mean '2026/grow'?")]
    [InlineData("2026-Q5/company-growth", "; did you mean '2026-Q3/company-growth'?")]
    [InlineData("okrs/2026-Q3/company-growth", "")]
    public void What_names_no_objective_is_unknown_with_the_nearest_id_or_key(string reference, string suggestion)
    {
        var (_, diagnostics) = Validate(
            Objective("2026-Q3", "company-growth"),
            Objective("2026-Q4", "company-growth"),
            Objective("2026", "grow"),
            Objective("2026-Q4", "retention", $"aligns_to: {reference}\n"));

        Assert.Equal(
            $"content/okrs/2026-Q4/retention.md(3,12): error OKR0301: aligns_to names '{reference}', which is not an objective{suggestion}",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Two_objectives_of_one_id_in_one_period_remain_an_error_that_names_both_files()
    {
        var first = Objective("2026-Q3", "retention");
        var second = first with { Source = new SourceSpan("content/okrs/2026-Q3/emea/retention.md", 1, 1) };

        var (content, diagnostics) = Validate(first, second, Objective("2026-Q4", "retention"));

        Assert.Equal(
            "content/okrs/2026-Q3/emea/retention.md(1,1): error OKR0107: objective id 'retention' in 2026-Q3 is already used by content/okrs/2026-Q3/retention.md; rename this file or set a different 'id:'",
            Assert.Single(diagnostics).ToString());
        Assert.Equal(["2026-Q3/retention", "2026-Q4/retention"], content.Objectives.Select(o => o.Key));
    }

    [Fact]
    public void A_cycle_across_periods_is_named_by_keys()
    {
        var (_, diagnostics) = Validate(
            Objective("2026-Q3", "retention", "aligns_to: 2026-Q4/retention\n"),
            Objective("2026-Q4", "retention", "aligns_to: 2026-Q3/retention\n"));

        Assert.Equal(
            "content/okrs/2026-Q3/retention.md(3,12): error OKR0303: aligns_to forms a cycle: 2026-Q3/retention → 2026-Q4/retention → 2026-Q3/retention; remove one of these links",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void The_same_id_in_two_periods_aligned_in_a_chain_is_no_cycle()
    {
        var (content, diagnostics) = Validate(
            Objective("2026", "retention"),
            Objective("2026-Q3", "retention", "aligns_to: 2026/retention\n"));

        Assert.Empty(diagnostics);
        Assert.Equal(["2026/retention"], AlignsTo(content, "2026-Q3/retention"));
    }
}
