using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Data;

public class DataLoaderMergeTests
{
    private static (DataSet Data, IReadOnlyList<Diagnostic> Diagnostics) Load(TempSite site) =>
        Diagnose.Run(bag => DataLoader.Load(site.Root, SiteConfig.Default("t"), bag));

    [Fact]
    public void The_same_metric_and_date_in_two_files_warns_and_the_file_sorting_last_wins()
    {
        using var site = new TempSite()
            .File("content/data/b.csv", "metric,date,value\nnps,2026-01-31,40\nnps,2026-02-28,42\n")
            .File("content/data/a.csv", "metric,date,value\nnps,2026-01-31,30\nnps,2026-03-31,44\n");

        var (data, diagnostics) = Load(site);

        Assert.Equal([(new DateOnly(2026, 1, 31), 40.0), (new DateOnly(2026, 2, 28), 42.0), (new DateOnly(2026, 3, 31), 44.0)], data.Find("nps")!.Points.Select(p => (p.Date, p.Value)));
        Assert.Equal(
            ["content/data/b.csv(2): warning OKR0206: metric 'nps' on 2026-01-31 already has a value at content/data/a.csv line 2; this later value 40 wins"],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_date_repeated_within_one_file_keeps_the_later_row_and_reports_each_replacement()
    {
        using var site = new TempSite()
            .File("content/data/a.csv", "metric,date,value\nnps,2026-02-28,1\nnps,2026-01-31,2\nnps,2026-02-28,3\nnps,2026-02-28,4\n");

        var (data, diagnostics) = Load(site);

        Assert.Equal([2.0, 4.0], data.Find("nps")!.Points.Select(p => p.Value));
        Assert.Equal(
            [
                "content/data/a.csv(4): warning OKR0206: metric 'nps' on 2026-02-28 already has a value at line 2; this later value 3 wins",
                "content/data/a.csv(5): warning OKR0206: metric 'nps' on 2026-02-28 already has a value at line 4; this later value 4 wins",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Metrics_match_case_insensitively_and_unsorted_rows_come_out_sorted()
    {
        using var site = new TempSite()
            .File("content/data/a.csv", "date,NPS,Churn\n2026-03-31,5,1\n2026-01-31,3,2\n");

        var (data, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Equal(["churn", "nps"], data.Series.Keys);
        Assert.Equal([3.0, 5.0], data.Find("Nps")!.Points.Select(p => p.Value));
    }
}
