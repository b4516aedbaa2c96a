using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The objective page's check-ins, the confidence with its trend, the overdue flag, and the objective card.</summary>
public class CheckInPageTests
{
    private const string Objective = """
        ---
        title: Relaunch
        period: 2026-Q4
        key_results:
          - title: Visits
            metric: visits
            target: 100
            checkins:
              - { date: 2026-10-05, confidence: 6, comment: "Launch <b>planned</b> & agreed" }
              - { date: 2026-10-12, value: 30, confidence: 4 }
          - title: Launch
            type: milestone
            progress: 0.5
            checkins:
              - { date: 2026-10-01, confidence: high }
        ---
        """;

    private static Dictionary<string, string> Pages()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "T", "asOf": "2026-10-20" }""")
            .File("content/data/visits.csv", "metric,date,value\nvisits,2026-09-30,0\nvisits,2026-10-05,20\n")
            .File("content/okrs/web.md", Objective);
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }

    [Fact]
    public void The_history_shows_each_check_in_with_its_source_and_the_comment_as_escaped_plain_text()
    {
        var page = Pages()["objectives/2026-Q4/web/index.html"];

        Assert.Contains("<h2>Check-ins</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Comment\">Launch &lt;b&gt;planned&lt;/b&gt; &amp; agreed</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>planned</b>", page, StringComparison.Ordinal);
        Assert.Contains("""<th scope="row">12 Oct 2026<br><small class="source" title="from checkins: in content/okrs/web.md line 10">checkins: web.md, line 10</small></th><td class="num" data-label="Value">30</td><td class="num" data-label="Confidence">4/10</td>""", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_confidence_has_its_trend_in_words_for_screen_readers_and_the_overdue_flag_its_days()
    {
        var page = Pages()["objectives/2026-Q4/web/index.html"];

        // Visits: 6 → 4, at or above the low line 3: neutral. The objective takes its lowest (4, from 6 and 8: down 2).
        Assert.Contains("""<span class="confidence tone-neutral"><span class="sr-only">confidence 4/10, down 2</span><span aria-hidden="true">4/10 <span class="trend trend-down">▼ 2</span></span></span>""", page, StringComparison.Ordinal);
        // Launch: one check-in on 1 Oct, 19 days before 20 Oct: overdue weekly; high reads as 8 and good. Visits: 12 Oct, 8 days.
        Assert.Contains("""<span class="confidence tone-good"><span class="sr-only">confidence 8/10</span><span aria-hidden="true">8/10</span></span>""", page, StringComparison.Ordinal);
        Assert.Contains("""<span class="overdue">no check-in for 19 days</span>""", page, StringComparison.Ordinal);
        Assert.Contains("""<span class="overdue">no check-in for 8 days</span>""", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Confidence</dt>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_objective_card_on_the_dashboard_shows_the_confidence_and_the_overdue_count()
    {
        var dashboard = Pages()["index.html"];

        Assert.Contains("""<p class="card-checkins">Confidence <span class="confidence tone-neutral"><span class="sr-only">confidence 4/10, down 2</span>""", dashboard, StringComparison.Ordinal);
        Assert.Contains("""<span class="overdue">2 overdue check-ins</span>""", dashboard, StringComparison.Ordinal);
    }
}
