using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The front page as a reader meets it: the headline's figures, the groups attention first, the folded prose.</summary>
public partial class DashboardPageTests
{
    // Mid-August: 0.5 of 2026-Q3 expected. A milestone's progress is its score: 0.1 off track, 0.3 at risk, 0.9 on track.
    private static TempSite Site(string index) => new TempSite()
        .File("site.json", """{ "title": "Acme", "asOf": "2026-08-15", "period": "2026-Q3" }""")
        .File("content/index.md", index)
        .File("content/teams/web.md", "---\nname: Web\n---\n")
        .File("content/okrs/2026/goal.md", "---\ntitle: Top product\nkey_results:\n  - title: K\n    type: milestone\n    progress: 0.6\n---\n")
        .File("content/okrs/2026-Q3/fine.md", Objective("Fine web", "web", 0.9))
        .File("content/okrs/2026-Q3/late.md", Objective("Late web", "web", 0.1))
        .File("content/okrs/2026-Q3/risky.md", Objective("Risky company", null, 0.3));

    private static string Objective(string title, string? team, double progress) =>
        $"---\ntitle: {title}\n{(team is null ? "" : $"team: {team}\naligns_to: 2026/goal\n")}key_results:\n  - title: K\n    type: milestone\n    progress: {progress}\n---\n";

    private static string FrontPage(TempSite site)
    {
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Content);
    }

    [Fact]
    public void The_headline_states_how_many_objectives_are_behind_and_the_mean_only_as_an_average()
    {
        using var site = Site("---\ntitle: Review\n---\nHello.\n");

        var html = FrontPage(site);

        Assert.Contains("<strong>2 of 3</strong> objectives behind plan", html, StringComparison.Ordinal);
        // (0.9 + 0.1 + 0.3) / 3 = 0.43; no status badge is derived from it.
        Assert.Contains("Average score <span class=\"big-score\">0.43</span>", html, StringComparison.Ordinal);
        var overall = Regex.Match(html, "<div class=\"overall\".*?</div>\n</section>", RegexOptions.Singleline).Value;
        Assert.DoesNotContain("class=\"badge", Regex.Replace(overall, "<ul class=\"counts\".*?</ul>", "", RegexOptions.Singleline), StringComparison.Ordinal);
        Assert.Equal(
            ["1 Off track", "1 At risk", "1 On track"],
            SegmentLabel().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void The_companys_objectives_come_first_then_the_team_objectives_under_their_parent_worst_first()
    {
        using var site = Site("---\ntitle: Review\n---\nHello.\n");

        var html = FrontPage(site);

        var groups = html[html.IndexOf("<div class=\"groups\">", StringComparison.Ordinal)..];
        int At(string text) => groups.IndexOf(text, StringComparison.Ordinal);
        Assert.True(At("Company objectives") < At(">Risky company<"));
        Assert.True(At(">Risky company<") < At("Aligned to</span> <a href=\"objectives/2026/goal/\">Top product</a>"));
        Assert.True(At(">Top product<") < At(">Late web<"));
        Assert.True(At(">Late web<") < At(">Fine web<"));
    }

    [Fact]
    public void The_intro_after_a_more_line_folds_below_the_figures()
    {
        using var site = Site("---\ntitle: Review\n---\nShown first.\n\n<!--more-->\n\n## How to read it\n\nFolded.\n");

        var html = FrontPage(site);

        var intro = html.IndexOf("<section class=\"prose intro\"", StringComparison.Ordinal);
        Assert.True(intro > html.IndexOf("<div class=\"groups\">", StringComparison.Ordinal), "the prose comes after the objectives");
        var details = html.IndexOf("<details class=\"more\">", StringComparison.Ordinal);
        Assert.True(html.IndexOf("<p>Shown first.</p>", StringComparison.Ordinal) is var lead && lead > intro && lead < details);
        Assert.True(html.IndexOf("<p>Folded.</p>", StringComparison.Ordinal) > details);
        Assert.DoesNotContain("more--", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intro_without_a_more_line_is_shown_whole()
    {
        using var site = Site("---\ntitle: Review\n---\nShown first.\n\n## How to read it\n\nAlso shown.\n");

        var html = FrontPage(site);

        Assert.Contains("<p>Also shown.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<details class=\"more\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li class=\"seg [^\"]*\"[^>]*>.*?<span class=\"sr-only\">([^<]*)</span></li>")]
    private static partial Regex SegmentLabel();
}
