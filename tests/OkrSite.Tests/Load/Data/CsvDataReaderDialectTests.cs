using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using static OkrSite.Tests.Load.Data.CsvTestReading;

namespace OkrSite.Tests.Load.Data;

public class CsvDataReaderDialectTests
{
    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_and_crlf()
    {
        var result = Read(Utf8WithBom("metric,date,value\r\nvisits,2026-01-05,1\r\nvisits,2026-01-06,2\r\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [new Point("visits", D(2026, 1, 5), 1, null, 2), new Point("visits", D(2026, 1, 6), 2, null, 3)],
            result.Points);
    }

    [Fact]
    public void Reads_a_semicolon_file_with_decimal_commas_and_thousands_dots()
    {
        var result = Read(Utf8WithBom("Date;site-visits;time-on-page\r\n28.09.2026;12.480;38,5\r\n05.10.2026;1.002.000;-\r\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                new Point("site-visits", D(2026, 9, 28), 12480, null, 2),
                new Point("time-on-page", D(2026, 9, 28), 38.5, null, 2),
                new Point("site-visits", D(2026, 10, 5), 1002000, null, 3),
            ],
            result.Points);
        Assert.Equal(new CsvFileSummary(CsvShape.Wide, ';', 2, 3), result.Summary);
    }

    [Fact]
    public void Reads_a_tab_separated_file_with_commas_in_values()
    {
        var result = Read("metric\tdate\tvalue\tnote\nbrand-perception\t2026/03/31\t58.5\tQ1 wave, n=377\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("brand-perception", D(2026, 3, 31), 58.5, "Q1 wave, n=377", 2)], result.Points);
        Assert.Equal('\t', result.Summary.Delimiter);
    }

    [Fact]
    public void Picks_the_comma_when_delimiters_tie_in_the_header()
    {
        var result = Read("date,a;b\n2026-01-05,5\n");

        Assert.Equal(',', result.Summary.Delimiter);
        Assert.Equal([new Point("a;b", D(2026, 1, 5), 5, null, 2)], result.Points);
    }

    [Fact]
    public void Counts_only_delimiters_outside_quotes()
    {
        var result = Read("date;\"a,b,c\";x\n2026-01-05;1;2\n");

        Assert.Equal(';', result.Summary.Delimiter);
        Assert.Equal(["a,b,c", "x"], result.Points.Select(p => p.Metric));
    }

    [Fact]
    public void Reads_a_header_longer_than_the_first_read()
    {
        var metrics = Enumerable.Range(1, 1500).Select(i => $"metric-{i}").ToList();
        var text = "date;" + string.Join(';', metrics) + "\n05.01.2026;" + string.Join(';', metrics.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n";

        var result = Read(text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(';', result.Summary.Delimiter);
        Assert.Equal(1500, result.Points.Count);
        Assert.Equal(new Point("metric-1500", D(2026, 1, 5), 1499, null, 2), result.Points[^1]);
    }

    [Fact]
    public void Uses_the_decimal_separator_from_the_options_over_the_delimiter_default()
    {
        var result = Read("Date;visits\n05.01.2026;1.5\n06.01.2026;\"1,200.5\"\n", new CsvOptions(DecimalSeparator: '.'));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1.5, 1200.5], result.Points.Select(p => p.Value));
    }

    [Fact]
    public void Reads_quoted_decimal_commas_in_a_comma_file_when_the_options_say_so()
    {
        var result = Read("date,visits\n2026-01-05,\"1,5\"\n2026-01-06,1.234\n", new CsvOptions(DecimalSeparator: ','));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([1.5, 1234], result.Points.Select(p => p.Value));
    }

    [Fact]
    public void Reads_quoted_fields_with_escaped_quotes_delimiters_and_line_breaks()
    {
        var result = Read("""
            metric,date,value,note
            mqls,2026-10-31,575,"Webinar with ""HR Tech Weekly"", 140 MQLs"
            mqls,2026-11-30,600,"two
            lines"
            mqls,2026-12-31,610,

            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                new Point("mqls", D(2026, 10, 31), 575, "Webinar with \"HR Tech Weekly\", 140 MQLs", 2),
                new Point("mqls", D(2026, 11, 30), 600, "two\nlines", 3),
                new Point("mqls", D(2026, 12, 31), 610, null, 5),
            ],
            result.Points);
    }

    [Fact]
    public void Counts_lines_of_files_with_old_mac_line_endings()
    {
        var result = Read("metric,date,value\rvisits,2026-01-05,1\rvisits,2026-01-06,2\r");

        Assert.Equal([2, 3], result.Points.Select(p => p.Line));
    }

    [Fact]
    public void Reads_the_delimiter_from_an_excel_sep_line()
    {
        // Without the sep line the header's two commas would outvote its one semicolon.
        var result = Read("sep=;\r\nDate;a,b,c\r\n05.01.2026;1,5\r\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(';', result.Summary.Delimiter);
        Assert.Equal(CsvShape.Wide, result.Summary.Shape);
        Assert.Equal([new Point("a,b,c", D(2026, 1, 5), 1.5, null, 3)], result.Points);
    }

    [Fact]
    public void Skips_blank_lines_before_the_header()
    {
        var result = Read("\n  \n\nmetric,date,value\nvisits,2026-01-05,1\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([new Point("visits", D(2026, 1, 5), 1, null, 5)], result.Points);
    }

    [Fact]
    public void Skips_blank_rows_and_excel_delimiter_rows_silently()
    {
        var result = Read("Date;a;b\r\n05.01.2026;1;2\r\n;;\r\n   \r\n\r\n06.01.2026;3;\r\n;;\r\n;;\r\n\r\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([(2, 1.0), (2, 2), (6, 3)], result.Points.Select(p => (p.Line, p.Value)));
        Assert.Equal(2, result.Summary.Rows);
    }

    [Fact]
    public void Reads_from_a_stream_that_is_not_seekable_and_returns_a_few_bytes_at_a_time()
    {
        var bytes = Utf8WithBom("metric;date;value;note\r\nvisits;05.01.2026;1,5;\"a;b\"\r\nvisits;06.01.2026;2;\r\n");

        var result = Read(new TrickleStream(bytes, 3));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(';', result.Summary.Delimiter);
        Assert.Equal(
            [new Point("visits", D(2026, 1, 5), 1.5, "a;b", 2), new Point("visits", D(2026, 1, 6), 2, null, 3)],
            result.Points);
    }

    [Fact]
    public void Reports_a_utf16_file_as_not_utf8()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("metric,date,value\r\nvisits,2026-01-05,1\r\n")];

        var result = Read(bytes);

        var diagnostic = result.Single(Codes.DataNotUtf8);
        Assert.Equal(1, diagnostic.Line);
        Assert.Contains("UTF-16", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Reports_the_first_byte_that_is_not_utf8_and_stops_reading()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("metric,date,value,note\nvisits,2026-01-05,1,ok\nvisits,2026-01-06,2,caf"), 0xE9, .. Encoding.UTF8.GetBytes("\nvisits,2026-01-07,3,ok\n")];

        var result = Read(bytes);

        var diagnostic = result.Single(Codes.DataNotUtf8);
        Assert.Equal((3, 24), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("0xE9", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([2], result.Points.Select(p => p.Line));
    }

    [Fact]
    public void Reports_a_header_that_is_not_utf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Datum;Ums"), 0xE4, .. Encoding.UTF8.GetBytes("tze\r\n05.01.2026;1\r\n")];

        var result = Read(bytes);

        var diagnostic = result.Single(Codes.DataNotUtf8);
        Assert.Equal((1, 10), (diagnostic.Line, diagnostic.Column));
        Assert.Null(result.Summary.Shape);
    }
}
