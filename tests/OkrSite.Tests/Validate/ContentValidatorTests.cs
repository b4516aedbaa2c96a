using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Validate;

public class ContentValidatorTests
{
    private static ObjectiveDefinition Objective(string id, string front)
    {
        var bag = new DiagnosticBag();
        var objective = ContentParser.ParseObjective($"content/okrs/2026-Q3/{id}.md", $"---\ntitle: {id}\n{front}key_results:\n  - title: x\n    done: true\n---\n", Period.Parse("2026-Q3"), bag);
        Assert.Empty(bag.ToSortedList());
        return objective!;
    }

    private static TeamDefinition Team(string id, string? parent = null)
    {
        var bag = new DiagnosticBag();
        return ContentParser.ParseTeam($"content/teams/{id}.md", $"---\nname: {id}\n{(parent is null ? string.Empty : $"parent: {parent}\n")}---\n", bag)!;
    }

    private static IReadOnlyList<Diagnostic> Validate(ContentSet content) =>
        Diagnose.Run(bag => ContentValidator.Validate(content, DataSet.Empty, bag)).Diagnostics;

    private static ContentSet Content(IEnumerable<ObjectiveDefinition>? objectives = null, IEnumerable<TeamDefinition>? teams = null) =>
        new([.. teams ?? []], [], [.. objectives ?? []], null);

    [Fact]
    public void Aligns_to_that_names_nothing_is_an_error_at_the_reference()
    {
        var diagnostics = Validate(Content([Objective("ops", "aligns_to: no-such-objective\n")]));

        Assert.Equal(
            "content/okrs/2026-Q3/ops.md(3,12): error OKR0301: aligns_to names 'no-such-objective', which is not an objective",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Aligns_to_typo_gets_a_suggestion()
    {
        var diagnostics = Validate(Content([Objective("grow-revenue", string.Empty), Objective("ops", "aligns_to: grow-revenu\n")]));

        Assert.EndsWith("did you mean 'grow-revenue'?", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Team_and_parent_that_name_nothing_are_errors()
    {
        var diagnostics = Validate(Content([Objective("ops", "team: nobody\n")], [Team("sales", parent: "company")]));

        Assert.Equal(
            [
                "content/okrs/2026-Q3/ops.md(3,7): error OKR0302: team names 'nobody', which is not a team in content/teams/",
                "content/teams/sales.md(3,9): error OKR0302: parent names 'company', which is not a team in content/teams/",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Alignment_cycle_is_reported_once_with_its_path()
    {
        var diagnostics = Validate(Content([Objective("a", "aligns_to: b\n"), Objective("b", "aligns_to: c\n"), Objective("c", "aligns_to: a\n")]));

        Assert.Equal(
            "content/okrs/2026-Q3/a.md(3,12): error OKR0303: aligns_to forms a cycle: 2026-Q3/a → 2026-Q3/b → 2026-Q3/c → 2026-Q3/a; remove one of these links",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_long_cycle_is_named_by_its_first_and_last_links()
    {
        var ids = Enumerable.Range(0, 30).Select(i => $"c{i:00}").ToList();
        var diagnostics = Validate(Content(ids.Select((id, i) => Objective(id, $"aligns_to: {ids[(i + 1) % ids.Count]}\n"))));

        Assert.Equal(
            "aligns_to forms a cycle: 2026-Q3/c00 → 2026-Q3/c01 → 2026-Q3/c02 → 2026-Q3/c03 → 2026-Q3/c04 → 2026-Q3/c05 → 2026-Q3/c06 → 2026-Q3/c07 → 2026-Q3/c08 → 2026-Q3/c09 → … 19 more … → 2026-Q3/c29 → 2026-Q3/c00; remove one of these links",
            Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Every_cycle_through_a_shared_objective_is_reported_once()
    {
        var diagnostics = Validate(Content([Objective("a", "aligns_to: [b, c, b]\n"), Objective("b", "aligns_to: a\n"), Objective("c", "aligns_to: a\n")]));

        Assert.Equal(
            ["aligns_to forms a cycle: 2026-Q3/a → 2026-Q3/b → 2026-Q3/a; remove one of these links", "aligns_to forms a cycle: 2026-Q3/a → 2026-Q3/c → 2026-Q3/a; remove one of these links"],
            diagnostics.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Aligning_to_itself_is_a_cycle() =>
        Assert.Contains("2026-Q3/a → 2026-Q3/a", Assert.Single(Validate(Content([Objective("a", "aligns_to: a\n")]))).Message, StringComparison.Ordinal);

    [Fact]
    public void Team_cycle_is_an_error()
    {
        var diagnostics = Validate(Content(teams: [Team("x", "y"), Team("y", "x")]));

        Assert.Equal("parent forms a cycle: x → y → x; remove one of these links", Diagnose.Single(diagnostics, Codes.TeamCycle).Message);
    }

    [Fact]
    public void Duplicate_ids_are_errors_and_the_first_file_is_kept()
    {
        var first = Objective("retention", string.Empty);
        var second = first with { Source = new SourceSpan("content/okrs/2026-Q3/emea/retention.md", 1, 1) };

        var (content, diagnostics) = Diagnose.Run(bag => ContentValidator.Validate(Content([first, second]), DataSet.Empty, bag));

        Assert.Equal(
            "content/okrs/2026-Q3/emea/retention.md(1,1): error OKR0107: objective id 'retention' in 2026-Q3 is already used by content/okrs/2026-Q3/retention.md; rename this file or set a different 'id:'",
            Assert.Single(diagnostics).ToString());
        Assert.Single(content.Objectives);
    }

    [Fact]
    public void Metric_that_is_neither_a_kpi_nor_a_series_is_a_warning()
    {
        var bag = new DiagnosticBag();
        var objective = ContentParser.ParseObjective("content/okrs/2026-Q3/o.md", "---\ntitle: o\nperiod: 2026-Q3\nkey_results:\n  - title: x\n    metric: retension\n    target: 5\n---\n", null, bag)!;
        var kpi = ContentParser.ParseKpi("content/kpis/retention.md", "---\nname: Retention\n---\n", bag)!;

        var diagnostics = Validate(new ContentSet([], [kpi], [objective], null));

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/okrs/2026-Q3/o.md(6,13): warning OKR0307: metric 'retension' of key result 'kr1' is neither a KPI nor a series in the data; did you mean 'retention'?", warning.ToString());
    }
}
