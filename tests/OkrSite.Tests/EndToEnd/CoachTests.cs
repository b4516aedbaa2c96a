using System.Text.Json;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>The coach through the command line: canonical warnings, report.json, the panels, strict CI and the switches.</summary>
public class CoachTests
{
    // One objective with one key result, titled "Keep …": OKR0501 and OKR0505; the KPI lacks its structure: OKR0509.
    private static TempSite Site(string coach = "")
    {
        var site = new TempSite();
        site.File("site.json", $"{{ \"title\": \"Coached\", \"asOf\": \"2026-08-15\"{coach} }}");
        site.File("content/teams/web.md", "---\nname: Web\n---\n");
        site.File("content/kpis/visits.md", "---\nname: Visits\nunit: visits\nteam: web\n---\n");
        site.File("content/okrs/2026-Q3/keep.md", "---\ntitle: Keep the site fast\nteam: web\nkey_results:\n  - title: Visits to 200\n    metric: visits\n    target: 200\n---\n");
        site.File("content/data/visits.csv", "date,visits\n2026-06-01,100\n2026-08-01,150\n");
        return site;
    }

    [Fact]
    public void Check_prints_each_finding_in_canonical_form_at_its_file_and_line()
    {
        using var site = Site();

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "content/kpis/visits.md(1,1): warning OKR0509: KPI 'Visits' has no frequency, owner, source, green/red thresholds: a KPI needs a unit, a reporting frequency, an owner, a data source and thresholds so that everyone reads it the same way and knows who acts when it turns red (coach check 'kpi-structure')",
                "content/okrs/2026-Q3/keep.md(1,1): warning OKR0501: objective 'Keep the site fast' (2026-Q3/keep) has 1 key result, outside 2 to 5: one measure rarely shows that an objective is met: add a key result for another side of the outcome (coach check 'key-results')",
                "content/okrs/2026-Q3/keep.md(1,1): warning OKR0505: objective 'Keep the site fast' (2026-Q3/keep) starts with 'Keep', which describes business as usual: holding a level is a KPI's job (with green and red thresholds); write the objective for what should change (coach check 'business-as-usual')",
            ],
            run.ErrorLines);
        Assert.EndsWith("0 errors, 3 warnings\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_in_report_json_and_on_the_dashboard_team_and_coach_pages()
    {
        using var site = Site();

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(site.Read("_site/report.json"));
        var coach = report.RootElement.GetProperty("coach");
        Assert.Equal(["OKR0509", "OKR0501", "OKR0505"], coach.EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        var first = coach[1];
        Assert.Equal(("key-results", "objective", "2026-Q3/keep", "/objectives/2026-Q3/keep/", "web", "2026-Q3", 1), (first.GetProperty("check").GetString(), first.GetProperty("subject").GetString(), first.GetProperty("key").GetString(), first.GetProperty("url").GetString(), first.GetProperty("team").GetString(), first.GetProperty("period").GetString(), first.GetProperty("line").GetInt32()));

        var dashboard = site.Read("_site/index.html");
        Assert.Contains("The OKR coach: method checks", dashboard, StringComparison.Ordinal);
        Assert.Contains("<a class=\"coach-code\" href=\"coach/#okr0505\">OKR0505", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"kpis/visits/\">KPI &#x27;Visits&#x27; has no", dashboard, StringComparison.Ordinal); // a KPI's finding is about now
        Assert.Contains("coach/#okr0501", site.Read("_site/teams/web/index.html"), StringComparison.Ordinal);
        var page = site.Read("_site/coach/index.html");
        Assert.Contains("id=\"okr0514\"", page, StringComparison.Ordinal);
        Assert.Contains("This report has 3 findings.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_panel_names_each_check_once_and_gives_advice_its_findings_share_once()
    {
        using var site = Site();
        site.File("content/kpis/signups.md", "---\nname: Signups\nunit: signups\nteam: web\nindicator: lagging\n---\n");
        site.File("content/kpis/churn.md", "---\nname: Churn\nunit: '%'\nteam: web\nindicator: lagging\n---\n");
        site.File("content/data/signups.csv", "date,signups,churn\n2026-06-01,10,5\n2026-08-01,12,4\n");
        site.File("content/okrs/2026-Q3/grow.md", "---\ntitle: Grow the sign-ups\nteam: web\nkey_results:\n  - title: Signups to 20\n    metric: signups\n    target: 20\n  - title: Churn to 2\n    metric: churn\n    target: 2\n---\n");

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(0, run.ExitCode);
        var dashboard = site.Read("_site/index.html");
        const string structure = "A KPI needs a unit, a reporting frequency, an owner, a data source and thresholds";

        // Three KPIs lack their structure: one heading, the advice they share once, each KPI's finding as a link.
        Assert.Equal(1, Count(dashboard, ">A KPI without its structure <a class=\"coach-code\""));
        Assert.Contains("OKR0509<span class=\"visually-hidden\"> explained</span></a> <span class=\"muted\">· 3 findings</span>", dashboard, StringComparison.Ordinal);
        Assert.Equal(1, Count(dashboard, structure));
        Assert.Contains("<li><a href=\"kpis/churn/\">KPI &#x27;Churn&#x27; has no frequency, owner, source, green/red thresholds</a>.</li>", dashboard, StringComparison.Ordinal);

        // The lagging check's advice names each KPI, so each finding keeps its own after the colon.
        Assert.Equal(1, Count(dashboard, ">A quarterly key result on a lagging KPI <a"));
        Assert.Contains("a lagging KPI that rarely moves within a quarter</a>: set the key result on a leading metric that moves first (visits, time on page, shares) and watch &#x27;Churn&#x27; as the outcome.</li>", dashboard, StringComparison.Ordinal);
        Assert.Contains("and watch &#x27;Signups&#x27; as the outcome.</li>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"coach-advice\">Set the key result", dashboard, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Warnings_as_errors_leaves_the_coachs_advice_a_warning_unless_coach_strict()
    {
        using var lenient = Site();
        var run = CliRun.Of("build", lenient.Root, "--warnings-as-errors");
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("0 errors, 3 warnings\n", run.Output, StringComparison.Ordinal);

        using var strict = Site(", \"coach\": { \"strict\": true }");
        var failed = CliRun.Of("build", strict.Root, "--warnings-as-errors");
        Assert.Equal(1, failed.ExitCode);
        Assert.EndsWith("3 errors, 0 warnings\n", failed.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(strict.Output));
    }

    [Fact]
    public void Switches_in_site_json_and_front_matter_silence_their_checks()
    {
        using var site = Site(", \"coach\": { \"off\": [\"kpi-structure\"] }");
        site.File("content/okrs/2026-Q3/keep.md", "---\ntitle: Keep the site fast\nteam: web\ncoach: { off: [OKR0505, key-reslts] }\nkey_results:\n  - title: Visits to 200\n    metric: visits\n    target: 200\n---\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(
            [
                "content/okrs/2026-Q3/keep.md(1,1): warning OKR0501: objective 'Keep the site fast' (2026-Q3/keep) has 1 key result, outside 2 to 5: one measure rarely shows that an objective is met: add a key result for another side of the outcome (coach check 'key-results')",
                "content/okrs/2026-Q3/keep.md(4,25): warning OKR0500: 'key-reslts' in coach: off is no check of the coach, so it switches nothing off; did you mean 'key-results'?",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void The_coach_is_silent_while_the_site_has_errors()
    {
        using var site = Site();
        site.File("content/okrs/2026-Q3/broken.md", "---\ntitle: Broken\naligns_to: nothing\nkey_results:\n  - title: x\n    done: true\n---\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains(" OKR05", StringComparison.Ordinal));
    }

    [Fact]
    public void The_starter_site_gives_the_coach_nothing_to_say()
    {
        using var temp = new TempSite();
        Assert.Equal(0, CliRun.Of("new", Path.Combine(temp.Root, "s")).ExitCode);

        var run = CliRun.Of("check", Path.Combine(temp.Root, "s"), "--warnings-as-errors");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
    }
}
