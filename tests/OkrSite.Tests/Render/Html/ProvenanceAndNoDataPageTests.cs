using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The objective page says where each figure came from; pages say "no data yet" where there is no value.</summary>
public class ProvenanceAndNoDataPageTests
{
    private const string Objective = "---\ntitle: Reliable\nkey_results:\n  - title: Uptime\n    metric: uptime\n    baseline: 99\n    target: 99.9\n  - title: Graded\n    metric: uptime\n    target: 100\n    score: 0.25\n  - title: Runbook\n    done: true\n---\n";

    private static Dictionary<string, string> Pages(TempSite site)
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Root, Write: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }

    private static TempSite Site(string csvName, string csv) => new TempSite()
        .File("site.json", """{ "title": "Ops", "asOf": "2026-08-01" }""")
        .File("content/kpis/uptime.md", "---\nname: Uptime\nunit: \"%\"\n---\n")
        .File("content/okrs/2026-Q3/reliable.md", Objective)
        .File($"content/data/{csvName}", csv);

    [Fact]
    public void The_key_result_table_says_which_row_or_field_each_figure_came_from()
    {
        using var site = Site("ops.csv", "date,uptime\n2026-06-30,98.9\n2026-07-15,99.7\n");

        var page = Pages(site)["objectives/2026-Q3/reliable/index.html"];

        Assert.Contains("""<td class="num" data-label="Baseline">99%<br><small class="source" title="from baseline: in content/okrs/2026-Q3/reliable.md line 6">baseline: reliable.md, line 6</small></td>""", page, StringComparison.Ordinal);
        Assert.Contains("""<td class="num" data-label="Current">99.7%<br><span class="muted">on 15 Jul 2026</span><br><small class="source" title="from content/data/ops.csv line 3">ops.csv, line 3</small></td>""", page, StringComparison.Ordinal);

        // The graded KR's baseline is the row before the period; its score is the written one; the milestone's is done:.
        Assert.Contains("""<td class="num" data-label="Baseline">98.9%<br><small class="source" title="from content/data/ops.csv line 2">ops.csv, line 2</small></td>""", page, StringComparison.Ordinal);
        Assert.Contains("""graded</span><br><small class="source" title="from score: in content/okrs/2026-Q3/reliable.md line 11">score: reliable.md, line 11</small>""", page, StringComparison.Ordinal);
        Assert.Contains("""<br><small class="source" title="from done: in content/okrs/2026-Q3/reliable.md line 13">done: reliable.md, line 13</small>""", page, StringComparison.Ordinal);
        Assert.DoesNotContain("no data yet", page, StringComparison.Ordinal);

        var kpi = Pages(site)["kpis/uptime/index.html"];
        Assert.Contains("""<small class="source">Latest value from content/data/ops.csv line 3</small>""", kpi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_markup_is_text_in_the_footnote()
    {
        using var site = Site("a<b>&.csv", "date,uptime\n2026-07-15,99.7\n");

        var page = Pages(site)["objectives/2026-Q3/reliable/index.html"];

        Assert.Contains("from content/data/a&lt;b&gt;&amp;.csv line 2", page, StringComparison.Ordinal);
        Assert.Contains("a&lt;b&gt;&amp;.csv, line 2</small>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_data_every_page_that_shows_the_value_says_no_data_yet()
    {
        using var site = Site("ops.csv", "date,uptme\n2026-07-15,99.7\n");

        var pages = Pages(site);

        Assert.Contains("""<td class="num" data-label="Current"><span class="no-data">no data yet</span></td>""", pages["objectives/2026-Q3/reliable/index.html"], StringComparison.Ordinal);
        Assert.Contains("""<span class="big-score no-data">No data yet</span>""", pages["kpis/uptime/index.html"], StringComparison.Ordinal);
        Assert.Contains("""<td class="num" data-label="Current"><span class="no-data">no data yet</span></td>""", pages["kpis/uptime/index.html"], StringComparison.Ordinal); // the KR tracking it
        Assert.Contains("""<td class="num" data-label="Latest"><span class="no-data">no data yet</span></td>""", pages["kpis/index.html"], StringComparison.Ordinal);
        Assert.Contains("""Uptime <span class="muted">no data yet</span>""", pages["index.html"], StringComparison.Ordinal);

        // The graded KR has no value but its written score; the milestone has its state.
        Assert.Contains("""Graded <span class="muted">0.25</span>""", pages["index.html"], StringComparison.Ordinal);
        Assert.Contains("""Runbook <span class="muted">1.00</span>""", pages["index.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("on —", pages["kpis/uptime/index.html"], StringComparison.Ordinal);
    }
}
