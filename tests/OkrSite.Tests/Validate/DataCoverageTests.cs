using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Validate;

public class DataCoverageTests
{
    private static readonly DateOnly AsOf = new(2026, 8, 1);

    private static DataSet Data(params (string File, string Text)[] files) => CsvData.Of(files);

    private static KpiDefinition Kpi(string id)
    {
        var bag = new DiagnosticBag();
        var kpi = ContentParser.ParseKpi($"content/kpis/{id}.md", $"---\nname: {id}\n---\n", bag);
        Assert.Empty(bag.ToSortedList());
        return kpi!;
    }

    /// <summary>An objective whose key results are written one per line of <paramref name="keyResults"/> (fields after the title, indented by 4).</summary>
    private static ObjectiveDefinition Objective(string id, string period, params string[] keyResults)
    {
        var text = new StringBuilder($"---\ntitle: {id}\nkey_results:\n");
        for (var i = 0; i < keyResults.Length; i++)
        {
            text.Append("  - title: KR ").Append(i + 1).Append('\n').Append(keyResults[i]);
        }

        var bag = new DiagnosticBag();
        var objective = ContentParser.ParseObjective($"content/okrs/{period}/{id}.md", text.Append("---\n").ToString(), Period.Parse(period), bag);
        Assert.Empty(bag.ToSortedList());
        return objective!;
    }

    private static ContentSet Content(IEnumerable<KpiDefinition> kpis, params ObjectiveDefinition[] objectives) => new([], [.. kpis], [.. objectives], null);

    private static string[] Check(ContentSet content, DataSet data, DateOnly? asOf = null)
    {
        var bag = new DiagnosticBag();
        DataCoverage.Check(content, data, asOf ?? AsOf, bag);
        return [.. bag.ToSortedList().Select(d => d.ToString())];
    }

    private const string UptimeKr = "    metric: uptime\n    baseline: 99\n    target: 99.9\n";

    [Fact]
    public void A_header_typo_warns_at_its_cell_with_the_kpi_as_suggestion_and_the_kpi_and_kr_say_they_have_no_data()
    {
        var content = Content([Kpi("uptime")], Objective("reliable", "2026-Q3", UptimeKr));

        var diagnostics = Check(content, Data(("content/data/ops.csv", "date,uptme\n2026-07-01,99.5\n")));

        Assert.Equal(
            [
                "content/data/ops.csv(1,6): warning OKR0230: column 'uptme' matches no KPI and no key result's metric, so its values are shown nowhere; did you mean 'uptime'?",
                "content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: no column or metric is named 'uptime' in the file read, content/data/ops.csv; the nearest unused name is column 'uptme' (content/data/ops.csv line 1); its pages say 'no data yet'",
                "content/okrs/2026-Q3/reliable.md(4,5): warning OKR0341: key result 'kr1' has no current value for 2026-Q3: 'uptime' has no values in the data; add data up to 2026-08-01, or write 'current:'",
            ],
            diagnostics);
    }

    [Fact]
    public void A_long_metric_nothing_shows_warns_at_the_first_row_naming_it_and_says_how_to_show_it()
    {
        var content = Content([Kpi("uptime")]);

        var diagnostics = Check(content, Data(("content/data/ops.csv", "date,metric,value\n2026-07-01,uptime,99\n2026-07-01,zzz-other,5\n2026-07-02,zzz-other,6\n")));

        Assert.Equal(
            ["content/data/ops.csv(3,12): warning OKR0230: metric 'zzz-other' matches no KPI and no key result's metric, so its values are shown nowhere; name it by a KPI id, or add content/kpis/zzz-other.md"],
            diagnostics);
    }

    [Fact]
    public void Metrics_match_without_case_and_a_key_results_metric_counts_as_shown_without_a_kpi()
    {
        var content = Content([Kpi("uptime")], Objective("growth", "2026-Q3", "    metric: signups\n    baseline: 0\n    target: 10\n"));

        var diagnostics = Check(content, Data(("content/data/ops.csv", "Date,Uptime,SIGNUPS\n2026-07-01,99,4\n")));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_kpi_without_any_file_read_says_so()
    {
        Assert.Equal(
            ["content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: no CSV file was read (the 'data' globs of site.json match no file); its pages say 'no data yet'"],
            Check(Content([Kpi("uptime")]), DataSet.Empty));
    }

    [Fact]
    public void A_kpi_whose_column_is_empty_names_the_column()
    {
        var diagnostics = Check(Content([Kpi("uptime"), Kpi("errors")]), Data(("content/data/ops.csv", "date,errors,uptime\n2026-07-01,3,\n")));

        Assert.Equal(["content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: column 'uptime' (content/data/ops.csv line 1) has no values; its pages say 'no data yet'"], diagnostics);
    }

    [Fact]
    public void A_kpi_with_values_only_after_the_report_date_names_the_first_one()
    {
        var diagnostics = Check(Content([Kpi("uptime")]), Data(("content/data/ops.csv", "metric,date,value\nuptime,2026-09-01,99\nuptime,2026-08-15,98\n")));

        Assert.Equal(["content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: its first value is on 2026-08-15 (content/data/ops.csv line 3), after the report date 2026-08-01; its pages say 'no data yet'"], diagnostics);
    }

    [Fact]
    public void A_kpi_without_data_lists_the_first_five_files_read_and_counts_the_rest()
    {
        var files = Enumerable.Range(1, 7).Select(i => ($"content/data/f{i}.csv", $"date,other\n2026-07-0{i},1\n")).ToArray();

        var diagnostics = Check(Content([Kpi("uptime")]), Data(files));

        Assert.Contains(
            "content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: no column or metric is named 'uptime' in the 7 files read (content/data/f1.csv, content/data/f2.csv, content/data/f3.csv, content/data/f4.csv, content/data/f5.csv and 2 more); its pages say 'no data yet'",
            diagnostics);
        Assert.Equal(7, diagnostics.Count(d => d.Contains("OKR0230", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_key_result_of_an_ended_period_needs_a_value_up_to_the_period_end()
    {
        var content = Content([Kpi("uptime")], Objective("reliable", "2026-Q3", UptimeKr));

        var diagnostics = Check(content, Data(("content/data/ops.csv", "date,uptime\n2026-10-05,99.5\n")), new DateOnly(2026, 11, 1));

        Assert.Equal(
            ["content/okrs/2026-Q3/reliable.md(4,5): warning OKR0341: key result 'kr1' has no current value for 2026-Q3: the first value of 'uptime' is on 2026-10-05, after the end of 2026-Q3 (2026-09-30); add data up to 2026-09-30, or write 'current:'"],
            diagnostics);
    }

    [Fact]
    public void A_value_before_the_period_counts_as_current_so_nothing_is_reported()
    {
        var content = Content([Kpi("uptime")], Objective("reliable", "2026-Q3", UptimeKr));

        Assert.Empty(Check(content, Data(("content/data/ops.csv", "date,uptime\n2026-06-30,99.5\n"))));
    }

    [Fact]
    public void Key_results_that_need_no_value_are_exempt()
    {
        var content = Content(
            [Kpi("uptime")],
            Objective("graded", "2026-Q3", UptimeKr + "    score: 0.5\n"),
            Objective("written", "2026-Q3", UptimeKr + "    current: 99.5\n"),
            Objective("unknown", "2026-Q3", "    metric: not-anywhere\n    baseline: 0\n    target: 1\n"),
            Objective("milestone", "2026-Q3", "    done: false\n"),
            Objective("later", "2026-Q4", UptimeKr));

        // Only the KPI itself is reported; the unknown metric is OKR0307's (ContentValidator), not reported twice.
        Assert.Equal(
            ["content/kpis/uptime.md(1,1): warning OKR0340: KPI 'uptime' has no data: no CSV file was read (the 'data' globs of site.json match no file); its pages say 'no data yet'"],
            Check(content, DataSet.Empty));
    }
}
