using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.CheckIns;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.CheckIns;

public class CheckInCsvReaderTests
{
    private const string File = "content/checkins/q4.csv";

    private static (IReadOnlyList<CheckInRow> Rows, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, CsvOptions? options = null) =>
        Read(new UTF8Encoding(false).GetBytes(text), options);

    private static (IReadOnlyList<CheckInRow> Rows, IReadOnlyList<Diagnostic> Diagnostics) Read(byte[] bytes, CsvOptions? options = null) =>
        Diagnose.Run(bag => new CheckInCsvReader(File, options ?? CsvOptions.Default, bag).Read(new MemoryStream(bytes)));

    [Fact]
    public void Reads_rows_with_their_line_columns_and_quoted_comments()
    {
        var (rows, diagnostics) = Read("objective,kr,date,value,confidence,comment\nloyal-customers-q4,kr2,2026-10-26,59,4,\"QBR wave done, top 20\"\n2026-Q4/loyal-customers-q4,kr2,2026-11-09,,low,\n");

        Assert.Empty(diagnostics);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new Located<string>("loyal-customers-q4", new SourceSpan(File, 2, 1)), rows[0].Objective);
        Assert.Equal(new Located<string>("kr2", new SourceSpan(File, 2, 20)), rows[0].KeyResult);
        Assert.Equal(new CheckIn(new DateOnly(2026, 10, 26), 59, 4, "QBR wave done, top 20", new ValueOrigin(OriginKind.Csv, new SourceSpan(File, 2), "checkins", new DateOnly(2026, 10, 26))), rows[0].CheckIn);
        Assert.Equal(("2026-Q4/loyal-customers-q4", (double?)null, 3.0, (string?)null), (rows[1].Objective.Value, rows[1].CheckIn.Value, rows[1].CheckIn.Confidence!.Value, rows[1].CheckIn.Comment));
    }

    [Fact]
    public void Reads_the_data_s_dialect_semicolons_decimal_commas_a_bom_and_other_date_formats()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Objective;KR;Date;Value;Confidence\nweb;kr1;09.11.2026;1.234,5;6,5\n")).ToArray();

        var (rows, diagnostics) = Read(bytes);

        Assert.Empty(diagnostics);
        var checkIn = Assert.Single(rows).CheckIn;
        Assert.Equal((new DateOnly(2026, 11, 9), 1234.5, 6.5), (checkIn.Date, checkIn.Value!.Value, checkIn.Confidence!.Value));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_value_or_confidence_may_be_left_out()
    {
        var (rows, diagnostics) = Read("date,confidence,kr,objective\n2026-10-05,6/10,kr1,web\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("web", "kr1", 6.0), (rows[0].Objective.Value, rows[0].KeyResult.Value, rows[0].CheckIn.Confidence!.Value));
    }

    [Theory]
    [InlineData("objective,kr,value,confidence\n", "no 'date' column")]
    [InlineData("objective,kr,date,comment\n", "neither a 'value' nor a 'confidence' column")]
    [InlineData("objective,kr,date,confidance\n", "did you mean 'confidence'?")]
    [InlineData("objective,kr,date,value,value\n", "named twice")]
    public void A_header_without_the_columns_it_needs_is_an_error_and_nothing_is_read(string header, string message)
    {
        var (rows, diagnostics) = Read(header + "web,kr1,2026-10-05,6\n");

        Assert.Empty(rows);
        Assert.Contains(diagnostics, d => d.Code == Codes.CheckInCsvBadHeader.Id && d.Line == 1 && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_dates_numbers_and_confidences_are_errors_at_their_row_and_column_and_the_row_is_left_out()
    {
        var (rows, diagnostics) = Read("objective,kr,date,value,confidence\nweb,kr1,2026-02-30,1,5\nweb,kr1,2026-10-05,lots,5\nweb,kr1,2026-10-12,1,12\nweb,kr1,2026-10-19,1.5,5\n");

        Assert.Equal([new DateOnly(2026, 10, 19)], rows.Select(r => r.CheckIn.Date));
        Assert.Equal(
            [(2, 9, Codes.CheckInCsvBadDate.Id), (3, 20, Codes.CheckInCsvBadNumber.Id), (4, 22, Codes.CheckInCsvBadConfidence.Id)],
            diagnostics.Select(d => (d.Line, d.Column, d.Code)));
        Assert.Contains("does not exist", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comma_in_a_comma_file_says_which_separator_the_file_has()
    {
        var (_, diagnostics) = Read("objective,kr,date,value\nweb,kr1,2026-10-05,\"74,1\"\n");

        var diagnostic = Diagnose.Single(diagnostics, Codes.CheckInCsvBadNumber);
        Assert.Contains("the decimal separator of this file is '.'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_objective_kr_or_date_or_without_value_and_confidence_is_an_error()
    {
        var (rows, diagnostics) = Read("objective,kr,date,value,confidence,comment\n,kr1,2026-10-05,1,5,\nweb,kr1,2026-10-05,,,just a comment\n");

        Assert.Empty(rows);
        Assert.Equal([2, 3], diagnostics.Where(d => d.Code == Codes.CheckInCsvIncomplete.Id).Select(d => d.Line));
        Assert.Contains("no objective", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_level_problems_are_the_data_s_codes()
    {
        Assert.Contains(Read("objective,kr,date,confidence,comment\nweb,kr1,2026-10-05,5,a, b\n").Diagnostics, d => d.Code == Codes.DataFieldCount.Id && d.Line == 2);
        Assert.Contains(Read("objective,kr,date,confidence,comment\nweb,kr1,2026-10-05,5,\"never closed\n").Diagnostics, d => d.Code == Codes.DataBadQuote.Id);
        Assert.Contains(Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("objective,kr,date,confidence\n")).ToArray()).Diagnostics, d => d.Code == Codes.DataNotUtf8.Id);
        Assert.Contains(Read([.. "objective,kr,date,confidence,comment\nweb,kr1,2026-10-05,5,caf"u8, 0xE9, .. "\n"u8]).Diagnostics, d => d.Code == Codes.DataNotUtf8.Id && d.Line == 2);
        Assert.Contains(Read(string.Empty).Diagnostics, d => d.Code == Codes.DataEmpty.Id);
        Assert.Contains(Read("objective,kr,date,confidence\n").Diagnostics, d => d.Code == Codes.DataEmpty.Id);
    }

    [Fact]
    public void The_site_s_date_format_is_tried_as_for_the_data()
    {
        var (rows, diagnostics) = Read("objective,kr,date,confidence\nweb,kr1,11/09/2026,5\n", new CsvOptions(null, "MM/dd/yyyy"));

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2026, 11, 9), rows[0].CheckIn.Date);
    }
}
