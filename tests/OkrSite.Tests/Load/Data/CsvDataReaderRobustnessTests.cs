using System.Text;
using FsCheck.Xunit;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using static OkrSite.Tests.Load.Data.CsvTestReading;

namespace OkrSite.Tests.Load.Data;

public class CsvDataReaderRobustnessTests
{
    [Property(MaxTest = 300)]
    public void Never_throws_on_arbitrary_bytes(byte[] bytes)
    {
        var result = Read(bytes ?? []);

        AssertWellFormed(result);
    }

    [Fact]
    public void Never_throws_on_random_csv_like_text()
    {
        // Built from the characters that matter to a CSV reader, so that quotes, delimiters and line breaks collide
        // far more often than in random bytes. The seed keeps failures reproducible.
        const string alphabet = ",,;;\t\"\"\r\n\n  -.%$()e1234567890abNnA/#\u00A0\u2212€";
        var random = new Random(20260105);
        string[] headers = ["metric,date,value,note\n", "date;a;b\r\n", "date\tx\n", "", "kpi,when\n", "sep=;\n"];
        for (var run = 0; run < 1500; run++)
        {
            var text = new StringBuilder(headers[random.Next(headers.Length)]);
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(6) == 0 ? "2026-01-05" : alphabet[random.Next(alphabet.Length)].ToString());
            }

            var options = new CsvOptions(random.Next(3) switch { 0 => null, 1 => ',', _ => '.' }, random.Next(4) == 0 ? "dd/MM/yyyy" : null);
            var result = Read(Encoding.UTF8.GetBytes(text.ToString()), options);

            AssertWellFormed(result);
        }
    }

    [Fact]
    public void Reports_the_same_problems_whatever_the_chunk_size_of_the_stream()
    {
        var bytes = Utf8WithBom("metric;date;value;note\r\nvisits;05.01.2026;1,5;\"a\r\nb\"\r\nvisits;x;2;\r\nvisits;06.01.2026;\"3\r\n");
        var whole = Read(bytes);

        foreach (var chunk in new[] { 1, 2, 7, 64 })
        {
            var trickled = Read(new TrickleStream(bytes, chunk));

            Assert.Equal(whole.Points, trickled.Points);
            Assert.Equal(whole.Diagnostics, trickled.Diagnostics);
            Assert.Equal(whole.Summary, trickled.Summary);
        }

        Assert.Equal([Codes.DataBadDate.Id, Codes.DataBadQuote.Id], whole.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Streams_a_large_file_row_by_row()
    {
        const int rows = 200_000;
        var text = new StringBuilder("date;visits;signups\r\n", rows * 24);
        var day = new DateOnly(2000, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            text.Append(day.AddDays(i % 3000).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append(";1.234,5;7\r\n");
        }

        var result = Read(text.ToString());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new CsvFileSummary(CsvShape.Wide, ';', rows, rows * 2), result.Summary);
        Assert.Equal(rows + 1, result.Points[^1].Line);
        Assert.All(result.Points.Where(p => p.Metric == "visits"), p => Assert.Equal(1234.5, p.Value));
    }

    private static void AssertWellFormed(CsvTestResult result)
    {
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(FileName, d.File);
            Assert.True(d.Line >= 0 && d.Column >= 0, d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.Contains(d.Code, Codes.All.Select(c => c.Id));
        });
        Assert.All(result.Points, p =>
        {
            Assert.True(double.IsFinite(p.Value));
            Assert.True(p.Line >= 1);
            Assert.False(string.IsNullOrWhiteSpace(p.Metric));
            Assert.Equal(p.Metric.Trim(), p.Metric);
        });
        Assert.All(result.Diagnostics.GroupBy(d => d.Code), g => Assert.True(g.Count() <= DiagnosticBag.Limit + 1, g.Key));
        Assert.Equal(result.Summary.Values, result.Points.Count);
        Assert.True(result.Summary.Rows >= 0);
    }
}
