using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Content;

/// <summary>A file that is dropped for a bad id or a too deep body still has every other field checked: all errors at once.</summary>
public class ContentParserAllErrorsTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    [Fact]
    public void An_invalid_id_hides_none_of_the_other_errors_of_the_file()
    {
        var (objective, diagnostics) = Diagnose.Run(bag => ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", "---\nid: Bad_Id\ntitel: Grow\ntitle: Grow\nperiod: 2026-Q7\nkey_results:\n  - title: a\n    weight: heavy\n    done: true\n---\n", Q3, bag));

        Assert.Null(objective);
        Assert.Equal(
        [
            "content/okrs/2026-Q3/grow.md(2,5): error OKR0106: id 'Bad_Id' may only contain a-z, 0-9 and '-'; for example 'bad-id'",
            "content/okrs/2026-Q3/grow.md(3,1): warning OKR0103: unknown field 'titel' in an objective is ignored; did you mean 'title'?",
            "content/okrs/2026-Q3/grow.md(5,9): error OKR0109: period '2026-Q7' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4",
            "content/okrs/2026-Q3/grow.md(8,13): error OKR0104: weight must be a number, but is 'heavy'",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_name_that_is_no_id_hides_none_of_the_fields_read_after_it()
    {
        var (objective, diagnostics) = Diagnose.Run(bag => ContentParser.ParseObjective("content/okrs/2026-Q3/Bad Name.md", "---\ntitle: Grow\nteam: [a, b]\nowner: {x: 1}\naligns_to: {a: b}\nkey_results:\n  - id: Kr_1\n    title: a\n    progress: 2\n---\n", Q3, bag));

        Assert.Null(objective);
        Assert.Equal(
        [
            "OKR0106 1", // the file name
            "OKR0104 3", // team
            "OKR0104 4", // owner
            "OKR0104 5", // aligns_to
            "OKR0106 7", // the key result's id
            "OKR0110 9", // its progress
        ], diagnostics.Select(d => $"{d.Code} {d.Line}"));
    }

    [Fact]
    public void A_team_with_an_invalid_id_still_has_its_parent_checked()
    {
        var (team, diagnostics) = Diagnose.Run(bag => ContentParser.ParseTeam("content/teams/sales.md", "---\nid: Sales\nname: Sales\nparent: [a, b]\n---\n", bag));

        Assert.Null(team);
        Assert.Equal(["OKR0106 2", "OKR0104 4"], diagnostics.Select(d => $"{d.Code} {d.Line}"));
    }

    [Fact]
    public void Negative_zero_in_front_matter_is_read_as_zero()
    {
        var (objective, diagnostics) = Diagnose.Run(bag => ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", "---\ntitle: Grow\nkey_results:\n  - title: a\n    baseline: -0\n    target: 10\n    current: -0.0\n---\n", Q3, bag));

        Assert.Empty(diagnostics);
        var kr = objective!.KeyResults.Single();
        Assert.False(double.IsNegative(kr.Baseline!.Value));
        Assert.False(double.IsNegative(kr.Current!.Value));
    }

    [Theory]
    [InlineData("quotes", ">")]
    [InlineData("lists", "- ")]
    [InlineData("brackets", "[")]
    [InlineData("emphasis", "*a ")]
    public void A_body_nested_100000_deep_is_an_error_on_the_file(string what, string piece)
    {
        var body = string.Concat(Enumerable.Repeat(piece, 100_000)) + " x\n";

        var (objective, diagnostics) = Diagnose.Run(bag => ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", "---\ntitle: Grow\nkey_results:\n  - title: a\n    done: true\n---\n" + body, Q3, bag));

        Assert.Null(objective);
        Assert.Equal(["content/okrs/2026-Q3/grow.md(7,1): error OKR0120: the Markdown body is nested more than 64 levels deep (block quotes '>', lists, brackets or emphasis inside each other); flatten it"], diagnostics.Select(d => d.ToString()));
        Assert.NotEmpty(what);
    }

    [Fact]
    public void Indented_lists_nested_deeper_than_the_limit_are_an_error()
    {
        var body = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item\n"));

        var (_, diagnostics) = Diagnose.Run(bag => ContentParser.ParseKpi("content/kpis/revenue.md", "---\nname: Revenue\n---\n" + body, bag));

        Assert.Equal("OKR0120", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Bodies_nested_within_the_limit_are_fine()
    {
        var body = new string('>', 30) + " quoted\n\n" + string.Concat(Enumerable.Range(0, 20).Select(i => new string(' ', i * 2) + "- item\n"));

        var (team, diagnostics) = Diagnose.Run(bag => ContentParser.ParseTeam("content/teams/sales.md", "---\nname: Sales\n---\n" + body, bag));

        Assert.Empty(diagnostics);
        Assert.NotNull(team);
    }

    [Fact]
    public void A_too_deep_index_page_is_an_error_on_the_page()
    {
        var (page, diagnostics) = Diagnose.Run(bag => ContentParser.ParsePage("content/index.md", "# Welcome\n\n" + new string('>', 100_000) + "\n", bag));

        Assert.Null(page);
        Assert.Equal("content/index.md(1,1): error OKR0120", string.Join(" | ", diagnostics.Select(d => d.ToString()))[..36]);
    }
}
