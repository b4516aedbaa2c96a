using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;
using static OkrSite.Tests.Load.Data.CsvTestReading;

namespace OkrSite.Tests.Load.Data;

/// <summary>Every metric a file names knows where (header cell or first row), and every value the row it came from.</summary>
public class MetricDeclarationTests
{
    [Fact]
    public void A_wide_header_declares_each_metric_column_at_its_cell_even_without_values()
    {
        var result = Read("date,visits,signups,churn\n2026-01-05,1,2,\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([("visits", 1, 6, true), ("signups", 1, 13, true), ("churn", 1, 21, true)], result.Declared);
    }

    [Fact]
    public void A_wide_header_after_a_separator_line_is_declared_on_its_own_line()
    {
        var result = Read(Utf8WithBom("sep=;\nDate;uptme\n01.07.2026;99,5\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([("uptme", 2, 6, true)], result.Declared);
    }

    [Fact]
    public void A_repeated_wide_column_is_declared_once_at_its_first_cell()
    {
        var result = Read("date,a,a\n2026-01-05,1,2\n");

        Assert.Equal([("a", 1, 6, true)], result.Declared);
        Assert.Equal(Codes.DataBadHeader.Id, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_long_file_declares_each_spelling_at_the_metric_cell_of_the_first_row_that_names_it()
    {
        var result = Read("date,metric,value,unit\n2026-01-05,visits,1,n\n2026-01-05,signups,,n\n2026-01-12,visits,2,n\n2026-01-19,Visits,3,n\n");

        Assert.Empty(result.Diagnostics);

        // signups has no value but is named; the unit column is no metric. The sink folds spellings by key.
        Assert.Equal([("visits", 2, 12, false), ("signups", 3, 12, false), ("Visits", 5, 12, false)], result.Declared);
    }

    [Fact]
    public void The_data_set_lists_declarations_per_file_in_path_order_once_per_metric()
    {
        using var site = new TempSite()
            .File("content/data/b.csv", "date,Visits,signups\n2026-02-01,5,\n")
            .File("content/data/a.csv", "metric,date,value\nvisits,2026-01-05,1\nVISITS,2026-01-12,2\n");

        var (data, diagnostics) = Diagnose.Run(bag => DataLoader.Load(site.Root, SiteConfig.Default("t"), bag));

        Assert.Empty(diagnostics);
        Assert.Equal(
            [
                new MetricDeclaration("visits", new SourceSpan("content/data/a.csv", 2, 1), false),
                new MetricDeclaration("Visits", new SourceSpan("content/data/b.csv", 1, 6), true),
                new MetricDeclaration("signups", new SourceSpan("content/data/b.csv", 1, 13), true),
            ],
            data.Declared.AsEnumerable());
        Assert.Null(data.Find("signups"));
    }

    [Fact]
    public void Every_point_knows_its_file_and_line_after_the_merge_and_the_winner_of_a_duplicate_keeps_its_own()
    {
        using var site = new TempSite()
            .File("content/data/b.csv", "metric,date,value\nnps,2026-01-31,40\n\nnps,2026-02-28,42\n")
            .File("content/data/a.csv", "metric,date,value\nnps,2026-01-31,30\nnps,2026-03-31,44\n");

        var (data, _) = Diagnose.Run(bag => DataLoader.Load(site.Root, SiteConfig.Default("t"), bag));

        Assert.Equal(
            [
                (40.0, new SourceSpan("content/data/b.csv", 2)),
                (42.0, new SourceSpan("content/data/b.csv", 4)),
                (44.0, new SourceSpan("content/data/a.csv", 3)),
            ],
            data.Find("nps")!.Points.Select(p => (p.Value, data.RowOf(p))));
    }

    [Fact]
    public void A_single_sorted_file_keeps_the_row_of_each_point()
    {
        using var site = new TempSite().File("content/data/w.csv", "date,nps\n2026-01-31,1\n2026-02-28,2\n");

        var (data, _) = Diagnose.Run(bag => DataLoader.Load(site.Root, SiteConfig.Default("t"), bag));

        Assert.Equal([new SourceSpan("content/data/w.csv", 2), new SourceSpan("content/data/w.csv", 3)], data.Find("nps")!.Points.Select(data.RowOf));
    }

    [Fact]
    public void A_point_not_read_from_a_file_has_no_row()
    {
        var data = DataSet.Empty with { Files = ["content/data/a.csv"] };

        Assert.True(data.RowOf(new DataPoint(new DateOnly(2026, 1, 1), 1)).IsNone);
        Assert.True(data.RowOf(new DataPoint(new DateOnly(2026, 1, 1), 1, File: 3, Line: 2)).IsNone);
        Assert.Equal(new SourceSpan("content/data/a.csv", 7), data.RowOf(new DataPoint(new DateOnly(2026, 1, 1), 1, File: 0, Line: 7)));
    }
}
