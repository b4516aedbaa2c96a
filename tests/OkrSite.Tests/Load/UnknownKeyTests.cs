using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load;

/// <summary>Every place a key can be misspelt says so at the key, with the nearest known key when one is near.</summary>
public class UnknownKeyTests
{
    private const string Title = "{\n  \"title\": \"A\",\n  ";

    public static TheoryData<string, string, string> Places => new()
    {
        { "site.json", Title + "\"titel\": \"B\"\n}", "site.json(3,3): warning OKR0003: unknown key 'titel' in site.json is ignored; did you mean 'title'?" },
        { "site.json", Title + "\"baseurl\": \"/\"\n}", "site.json(3,3): warning OKR0003: unknown key 'baseurl' in site.json is ignored; did you mean 'baseUrl'?" },
        { "site.json", Title + "\"scoring\": { \"atrisk\": 0.3 }\n}", "site.json(3,16): warning OKR0003: unknown key 'scoring.atrisk' in 'scoring' is ignored; did you mean 'atRisk'?" },
        { "site.json", Title + "\"csv\": { \"decimals\": \",\" }\n}", "site.json(3,12): warning OKR0003: unknown key 'csv.decimals' in 'csv' is ignored; did you mean 'decimal'?" },
        { "site.json", Title + "\"csv\": { \"dateformat\": \"MM/dd/yyyy\" }\n}", "site.json(3,12): warning OKR0003: unknown key 'csv.dateformat' in 'csv' is ignored; did you mean 'dateFormat'?" },
        { "site.json", Title + "\"colour\": \"red\"\n}", "site.json(3,3): warning OKR0003: unknown key 'colour' in site.json is ignored" },
        { "objective", "---\ntitle: Grow\ntitel: Grow\nkey_results:\n  - title: a\n    done: true\n---\n", "content/okrs/2026-Q3/grow.md(3,1): warning OKR0103: unknown field 'titel' in an objective is ignored; did you mean 'title'?" },
        { "objective", "---\ntitle: Grow\nalign_to: x\nkey_results:\n  - title: a\n    done: true\n---\n", "content/okrs/2026-Q3/grow.md(3,1): warning OKR0103: unknown field 'align_to' in an objective is ignored; did you mean 'aligns_to'?" },
        { "objective", "---\ntitle: Grow\nkeyresults:\n  - title: a\nkey_results:\n  - title: a\n    done: true\n---\n", "content/okrs/2026-Q3/grow.md(3,1): warning OKR0103: unknown field 'keyresults' in an objective is ignored; did you mean 'key_results'?" },
        { "objective", "---\ntitle: Grow\ncolour: red\nkey_results:\n  - title: a\n    done: true\n---\n", "content/okrs/2026-Q3/grow.md(3,1): warning OKR0103: unknown field 'colour' in an objective is ignored" },
        { "objective", "---\ntitle: Grow\nkey_results:\n  - title: a\n    targt: 5\n    target: 5\n    current: 1\n---\n", "content/okrs/2026-Q3/grow.md(5,5): warning OKR0103: unknown field 'targt' in a key result is ignored; did you mean 'target'?" },
        { "objective", "---\ntitle: Grow\nkey_results:\n  - title: a\n    basline: 1\n    target: 5\n    current: 1\n---\n", "content/okrs/2026-Q3/grow.md(5,5): warning OKR0103: unknown field 'basline' in a key result is ignored; did you mean 'baseline'?" },
        { "objective", "---\ntitle: Grow\nkey_results:\n  - title: a\n    Weight: 2\n    done: true\n---\n", "content/okrs/2026-Q3/grow.md(5,5): warning OKR0103: unknown field 'Weight' in a key result is ignored; did you mean 'weight'?" },
        { "kpi", "---\nname: NPS\ndirction: lower\n---\n", "content/kpis/nps.md(3,1): warning OKR0103: unknown field 'dirction' in a KPI is ignored; did you mean 'direction'?" },
        { "kpi", "---\nname: NPS\ngren: 50\n---\n", "content/kpis/nps.md(3,1): warning OKR0103: unknown field 'gren' in a KPI is ignored; did you mean 'green'?" },
        { "team", "---\nname: Ops\nparnet: eng\n---\n", "content/teams/ops.md(3,1): warning OKR0103: unknown field 'parnet' in a team is ignored; did you mean 'parent'?" },
        { "index", "---\ntitel: Welcome\n---\nHello\n", "content/index.md(2,1): warning OKR0103: unknown field 'titel' in a page is ignored; did you mean 'title'?" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void An_unknown_key_is_one_warning_at_the_key_with_the_nearest_known_one(string place, string text, string expected)
    {
        var (_, diagnostics) = Diagnose.Run(bag => Parse(place, text, bag));

        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("titel", "title", 1)]
    [InlineData("wieght", "weight", 1)]
    [InlineData("targt", "target", 1)]
    [InlineData("title", "title", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abc", "ca", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, Suggest.Distance(a, b));

    [Fact]
    public void Nearest_prefers_the_closest_then_the_ordinally_first_and_gives_up_when_nothing_is_close()
    {
        Assert.Equal("title", Suggest.Nearest("titel", ["id", "title", "period"]));
        Assert.Equal("ab", Suggest.Nearest("ac", ["bc", "ab"]));
        Assert.Null(Suggest.Nearest("colour", ["title", "period", "team"]));
    }

    private static object? Parse(string place, string text, DiagnosticBag bag) => place switch
    {
        "site.json" => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(text), bag),
        "objective" => ContentParser.ParseObjective("content/okrs/2026-Q3/grow.md", text, Period.Parse("2026-Q3"), bag),
        "kpi" => ContentParser.ParseKpi("content/kpis/nps.md", text, bag),
        "team" => ContentParser.ParseTeam("content/teams/ops.md", text, bag),
        "index" => ContentParser.ParsePage("content/index.md", text, bag),
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, null),
    };
}
