using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using static OkrSite.Tests.Load.Data.CsvTestReading;

namespace OkrSite.Tests.Load.Data;

public class CsvDataReaderShapeTests
{
    [Fact]
    public void Reads_a_long_file_with_notes()
    {
        var result = Read("""
            metric,date,value,note
            visits,2026-01-05,120,
            visits,2026-01-12,130,launch week
            signups,2026-01-05,12.5,

            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                new Point("visits", D(2026, 1, 5), 120, null, 2),
                new Point("visits", D(2026, 1, 12), 130, "launch week", 3),
                new Point("signups", D(2026, 1, 5), 12.5, null, 4),
            ],
            result.Points);
        Assert.Equal(new CsvFileSummary(CsvShape.Long, ',', 3, 3), result.Summary);
    }

    [Fact]
    public void Reads_long_columns_in_any_order_and_case()
    {
        var result = Read("Value;NOTE;Date;Metric\n1,5; good ;2026-01-05; nps \n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("nps", D(2026, 1, 5), 1.5, "good", 2)], result.Points);
        Assert.Equal(CsvShape.Long, result.Summary.Shape);
    }

    [Fact]
    public void Ignores_extra_columns_of_a_long_file()
    {
        var result = Read("metric,unit,date,value,source\nrevenue,EUR,2026-01-31,\"1,200.50\",crm\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("revenue", D(2026, 1, 31), 1200.5, null, 2)], result.Points);
    }

    [Fact]
    public void Reads_a_wide_file_row_by_row()
    {
        var result = Read("date,visits,signups\n2026-01-05,120,12\n2026-01-12,130,\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                new Point("visits", D(2026, 1, 5), 120, null, 2),
                new Point("signups", D(2026, 1, 5), 12, null, 2),
                new Point("visits", D(2026, 1, 12), 130, null, 3),
            ],
            result.Points);
        Assert.Equal(new CsvFileSummary(CsvShape.Wide, ',', 2, 3), result.Summary);
    }

    [Theory]
    [InlineData("Date")]
    [InlineData("day")]
    [InlineData("Month")]
    [InlineData("WEEK")]
    [InlineData("")]
    [InlineData(" date ")]
    public void Reads_a_wide_file_whose_first_column_is_named_like_a_date(string name)
    {
        var result = Read($"{name},visits\n2026-01-05,1\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(CsvShape.Wide, result.Summary.Shape);
        Assert.Equal([new Point("visits", D(2026, 1, 5), 1, null, 2)], result.Points);
    }

    [Fact]
    public void Reads_a_wide_file_whose_first_column_holds_dates_whatever_its_name()
    {
        var result = Read("Period,visits\n2026-01-31,5\n2026-02-28,6\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(CsvShape.Wide, result.Summary.Shape);
        Assert.Equal(2, result.Points.Count);
    }

    [Fact]
    public void Looks_past_blank_rows_for_the_first_date()
    {
        var result = Read("Period,visits\n\u00A0,\"\"\n2026-01-31,5\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("visits", D(2026, 1, 31), 5, null, 3)], result.Points);
    }

    [Fact]
    public void Recognizes_wide_files_by_dates_in_the_custom_format()
    {
        var result = Read("When;visits\n01/31/2026;5\n", new CsvOptions(DateFormat: "MM/dd/yyyy"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("visits", D(2026, 1, 31), 5, null, 2)], result.Points);
    }

    [Fact]
    public void Keeps_metric_ids_as_written_but_trimmed()
    {
        var result = Read("date, Site-Visits ,\" NPS \"\n2026-01-05,1,2\n");

        Assert.Equal(["Site-Visits", "NPS"], result.Points.Select(p => p.Metric));
    }

    [Fact]
    public void Reports_a_header_that_is_neither_long_nor_wide()
    {
        var result = Read("kpi,when,amount\nvisits,2026-01-05,5\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal(1, diagnostic.Line);
        Assert.StartsWith("header has columns 'kpi', 'when', 'amount': expected 'metric,date,value[,note]' (long) or a date column followed by metric columns (wide)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'visits', which is not a date", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Points);
        Assert.Equal(new CsvFileSummary(null, ',', 0, 0), result.Summary);
    }

    [Fact]
    public void Reports_an_unknown_header_without_rows_as_a_bad_header()
    {
        var result = Read("kpi,when,amount\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal("header has columns 'kpi', 'when', 'amount': expected 'metric,date,value[,note]' (long) or a date column followed by metric columns (wide)", diagnostic.Message);
        Assert.Null(result.Summary.Shape);
    }

    [Fact]
    public void Reports_the_missing_column_of_a_long_header()
    {
        var result = Read("metric,date,amount\nvisits,2026-01-05,5\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal("header has columns 'metric', 'date', 'amount': a long file needs 'metric', 'date' and 'value' columns, and 'value' is missing", diagnostic.Message);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_a_long_column_that_appears_twice()
    {
        var result = Read("metric,date,value,Value\nvisits,2026-01-05,5,6\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal((1, 19), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'Value' twice (columns 3 and 4)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_a_wide_metric_that_appears_twice_and_reads_its_first_column()
    {
        var result = Read("date,visits,Visits\n2026-01-05,1,2\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal((1, 13), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("columns 2 and 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([new Point("visits", D(2026, 1, 5), 1, null, 2)], result.Points);
    }

    [Fact]
    public void Reports_a_wide_header_without_metric_columns()
    {
        var result = Read("date\n2026-01-05\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal("header has only the date column 'date' and no metric columns: add one column per metric, named by its metric id", diagnostic.Message);
        Assert.Null(result.Summary.Shape);
    }

    [Fact]
    public void Reports_values_in_a_column_without_a_name_once()
    {
        var result = Read("date,visits,\n2026-01-05,1,\n2026-01-12,2,7\n2026-01-19,3,8\n");

        var diagnostic = result.Single(Codes.DataBadHeader);
        Assert.Equal((1, 13), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("column 3 has no name in the header but holds values (first on line 3)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([1.0, 2, 3], result.Points.Select(p => p.Value));
    }

    [Fact]
    public void Ignores_an_empty_trailing_column()
    {
        var result = Read("date;a;\n05.01.2026;1;\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("a", D(2026, 1, 5), 1, null, 2)], result.Points);
    }
}
