using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using static OkrSite.Tests.Load.Data.CsvTestReading;

namespace OkrSite.Tests.Load.Data;

public class CsvDataReaderProblemTests
{
    [Fact]
    public void Reports_a_value_that_is_not_a_number_with_its_line_column_and_metric()
    {
        var result = Read("metric,date,value\nretention,2026-01-05,1.2.3\n");

        var diagnostic = result.Single(Codes.DataBadNumber);
        Assert.Equal((2, 22), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("value '1.2.3' for metric 'retention' is not a number; leave the cell empty if there is no value", diagnostic.Message);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_every_bad_row_and_keeps_the_good_ones()
    {
        var result = Read("metric,date,value\na,2026-01-01,1\nb,2026-01-01,x\na,2026-01-02,2\nb,2026-01-02,y\nb,2026-01-03,z\na,2026-01-03,3\n");

        Assert.Equal([3, 5, 6], result.Diagnostics.Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.Equal(Codes.DataBadNumber.Id, d.Code));
        Assert.Equal([1.0, 2, 3], result.Points.Select(p => p.Value));
        Assert.Equal(6, result.Summary.Rows);
    }

    [Theory]
    [InlineData("NaN", "is not a number")]
    [InlineData("Infinity", "is not a number")]
    [InlineData("∞", "is not a number")]
    [InlineData("12abc", "is not a number")]
    [InlineData("1e400", "is too large to be a number")]
    public void Reports_values_that_are_not_finite_numbers(string value, string complaint)
    {
        var result = Read($"date,nps\n2026-01-05,{value}\n");

        var diagnostic = result.Single(Codes.DataBadNumber);
        Assert.Equal((2, 12), (diagnostic.Line, diagnostic.Column));
        Assert.Contains($"value '{value}' for metric 'nps' {complaint}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Suggests_the_decimal_setting_when_the_value_would_parse_with_the_other_separator()
    {
        var result = Read("Date;visits\n05.01.2026;1.5\n");

        var diagnostic = result.Single(Codes.DataBadNumber);
        Assert.Equal("value '1.5' for metric 'visits' is not a number: the decimal separator of a file delimited by ';' is ','; set csv.decimal to '.' in site.json if this file writes decimals with '.'", diagnostic.Message);
    }

    [Fact]
    public void Names_the_configured_decimal_separator_in_the_suggestion()
    {
        var result = Read("date,visits\n2026-01-05,\"1,5\"\n", new CsvOptions(DecimalSeparator: '.'));

        Assert.Contains("csv.decimal in site.json is '.'", result.Single(Codes.DataBadNumber).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_first_problems_of_a_code_and_counts_the_rest()
    {
        var rows = string.Concat(Enumerable.Range(0, 60).Select(i => "2026-01-05,bad\n"));

        var result = Read("date,visits\n" + rows);

        Assert.Equal(DiagnosticBag.Limit + 1, result.Diagnostics.Count);
        Assert.Equal(Enumerable.Range(2, DiagnosticBag.Limit), result.Diagnostics.Take(DiagnosticBag.Limit).Select(d => d.Line));
        var summary = result.Diagnostics[^1];
        Assert.Equal(Codes.DataBadNumber.Id, summary.Code);
        Assert.Equal((FileName, DiagnosticBag.Limit + 2), (summary.File, summary.Line));
        Assert.Equal($"… and {60 - DiagnosticBag.Limit} more OKR0203 in this file; only the first {DiagnosticBag.Limit} are listed, fix those and run again", summary.Message);
    }

    [Fact]
    public void Reports_a_date_in_an_unknown_format()
    {
        var result = Read("metric,date,value\nvisits,01/05/2026,1\n");

        var diagnostic = result.Single(Codes.DataBadDate);
        Assert.Equal((2, 8), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("date '01/05/2026' is not in a known format; write it as yyyy-MM-dd", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("dd.MM.yyyy, yyyy/MM/dd", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("csv.dateFormat", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_a_date_that_does_not_exist()
    {
        var result = Read("date,visits\n2026-02-30,1\n");

        var diagnostic = result.Single(Codes.DataBadDate);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("date '2026-02-30' does not exist; check the day, month and time", diagnostic.Message);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Names_the_custom_date_format_when_a_date_matches_nothing()
    {
        var result = Read("metric,date,value\nvisits,31/01/2026,1\n", new CsvOptions(DateFormat: "MM/dd/yyyy"));

        Assert.StartsWith("date '31/01/2026' matches neither csv.dateFormat 'MM/dd/yyyy' from site.json nor a built-in format", result.Single(Codes.DataBadDate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_value_without_a_date()
    {
        var result = Read("date,visits\n,5\n");

        var diagnostic = result.Single(Codes.DataBadDate);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("row has values but no date; fill in the date", diagnostic.Message);
    }

    [Fact]
    public void Reports_a_long_row_with_a_value_but_no_date()
    {
        var result = Read("metric,date,value\nvisits,,5\n");

        Assert.Equal("row has a value but no date; fill in the date", result.Single(Codes.DataBadDate).Message);
    }

    [Fact]
    public void Reports_a_long_row_with_a_value_but_no_metric()
    {
        var result = Read("metric,date,value\n ,2026-01-05,5\n");

        var diagnostic = result.Single(Codes.DataBadNumber);
        Assert.Equal((2, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("row has a value but no metric id; fill in the metric column", diagnostic.Message);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_every_problem_of_one_long_row()
    {
        var result = Read("metric,date,value\n,someday,lots\n");

        Assert.Equal(
            [(Codes.DataBadNumber.Id, 1), (Codes.DataBadDate.Id, 2), (Codes.DataBadNumber.Id, 10)],
            result.Diagnostics.Select(d => (d.Code, d.Column)));
    }

    [Fact]
    public void Reports_a_row_with_more_fields_than_the_header_and_reads_on()
    {
        var result = Read("metric,date,value\nvisits,2026-01-05,1,200\nvisits,2026-01-06,2\n");

        var diagnostic = result.Single(Codes.DataFieldCount);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal("row has 4 fields but the header has 3; a value that contains the delimiter ',' must be quoted", diagnostic.Message);
        Assert.Equal([new Point("visits", D(2026, 1, 6), 2, null, 3)], result.Points);
    }

    [Fact]
    public void Reports_a_row_with_fewer_fields_than_the_header()
    {
        var result = Read("date\tvisits\tsignups\n2026-01-05\t1\n");

        Assert.Equal("row has 2 fields but the header has 3; add the missing cells (they may be empty)", result.Single(Codes.DataFieldCount).Message);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_an_unterminated_quote_where_it_opens()
    {
        var result = Read("metric,date,value,note\nvisits,2026-01-05,1,ok\nvisits,2026-01-06,2,\"unclosed\nvisits,2026-01-07,3,\n");

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal((3, 21), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("quoted field is never closed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([2], result.Points.Select(p => p.Line));
    }

    [Fact]
    public void Reports_an_unterminated_quote_on_a_later_line_of_its_row()
    {
        var result = Read("metric,date,value,note,source\nvisits,2026-01-05,1,\"a\nb\",\"unclosed\nvisits,2026-01-07,3,,\n");

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal((3, 4), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Reports_a_quote_inside_an_unquoted_field_and_reads_on()
    {
        var result = Read("metric,date,value\nvisits,2026-01-05,5\"\nvisits,2026-01-06,6\n");

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal((2, 20), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("quote inside an unquoted field", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([6.0], result.Points.Select(p => p.Value));
        Assert.Equal(2, result.Summary.Rows);
    }

    [Fact]
    public void Explains_a_quote_after_a_space()
    {
        var result = Read("metric,date,value\nvisits,2026-01-05, \"1,200\"\n");

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal((2, 20), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("remove the space before the quote", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_text_after_a_closing_quote()
    {
        var result = Read("metric,date,value\nvisits,2026-01-05,\"1\"2\n");

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal((2, 22), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("text after the closing quote", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_at_a_header_with_broken_quoting()
    {
        var result = Read("metric,\"date\"x,value\nvisits,2026-01-05,1\n");

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal((1, 14), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("header row: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Points);
        Assert.Null(result.Summary.Shape);
    }

    [Fact]
    public void Stops_at_a_quote_that_swallows_more_than_a_mebibyte()
    {
        var text = new StringBuilder("metric,date,value,note\nvisits,2026-01-05,1,ok\nvisits,2026-01-06,2,\"");
        for (var i = 0; i < 120_000; i++)
        {
            text.Append("visits,2026-01-07,3,\n");
        }

        var result = Read(new TrickleStream(Encoding.UTF8.GetBytes(text.ToString()), 64 * 1024));

        var diagnostic = result.Single(Codes.DataBadQuote);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("never closed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([2], result.Points.Select(p => p.Line));
    }

    [Fact]
    public void Warns_about_an_empty_file()
    {
        var result = Read([]);

        var diagnostic = result.Single(Codes.DataEmpty);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(0, diagnostic.Line);
        Assert.Equal(new CsvFileSummary(null, ',', 0, 0), result.Summary);
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\r\n  \r\n")]
    [InlineData("\uFEFF")]
    public void Warns_about_a_file_with_nothing_but_blank_lines(string text)
    {
        Assert.Equal("file is empty; remove it or export the data again", Read(text).Single(Codes.DataEmpty).Message);
    }

    [Fact]
    public void Warns_about_a_file_with_only_a_header()
    {
        var result = Read("\nmetric,date,value\n,,\n\n");

        var diagnostic = result.Single(Codes.DataEmpty);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal("file has a header but no data rows; remove it or export the data again", diagnostic.Message);
        Assert.Equal(new CsvFileSummary(CsvShape.Long, ',', 0, 0), result.Summary);
    }

    [Fact]
    public void Reports_a_read_error_instead_of_throwing()
    {
        var result = Read(new FailingStream([], 0));

        var diagnostic = result.Single(Codes.DataUnreadable);
        Assert.Equal("the file cannot be read: the network path was not found", diagnostic.Message);
        Assert.Null(result.Summary.Shape);
    }

    [Fact]
    public void Keeps_the_values_read_before_a_read_error()
    {
        var bytes = Encoding.UTF8.GetBytes("metric,date,value\nvisits,2026-01-05,1\n" + new string('#', 200_000));

        var result = Read(new FailingStream(bytes, 100_000));

        Assert.Equal(Codes.DataUnreadable.Id, Assert.Single(result.Diagnostics).Code);
        Assert.Equal([1.0], result.Points.Select(p => p.Value));
    }
}
