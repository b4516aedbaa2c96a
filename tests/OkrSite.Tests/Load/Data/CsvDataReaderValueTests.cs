using System.Runtime.CompilerServices;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using static OkrSite.Tests.Load.Data.CsvTestReading;

namespace OkrSite.Tests.Load.Data;

public class CsvDataReaderValueTests
{
    [Fact]
    public void Skips_missing_values_without_a_diagnostic()
    {
        var result = Read("date,a,b,c,d,e,f,g,h\n2026-01-05,-,n/a,#N/A,null,NULL, N/A ,,\" \"\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Points);
        Assert.Equal(new CsvFileSummary(CsvShape.Wide, ',', 1, 0), result.Summary);
    }

    [Fact]
    public void Drops_the_note_of_a_missing_value_with_its_row()
    {
        var result = Read("metric,date,value,note\nvisits,2026-01-05,,no data this week\nvisits,2026-01-12,n/a,holiday\n");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Points);
    }

    [Fact]
    public void Trims_notes_and_turns_empty_ones_into_null()
    {
        var result = Read("metric,date,value,note\nvisits,2026-01-05,1,  spaced  \nvisits,2026-01-06,2,\"   \"\n");

        Assert.Equal(["spaced", null], result.Points.Select(p => p.Note));
    }

    [Fact]
    public void Reads_percentages_currencies_and_accounting_negatives()
    {
        var result = Read("""
            metric,date,value
            a,2026-01-01,72.6%
            b,2026-01-01,"$1,200"
            c,2026-01-01,(5)
            d,2026-01-01,USD 1000
            e,2026-01-01,−3
            f,2026-01-01,1e3
            g,2026-01-01,€ 4.50

            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([72.6, 1200, -5, 1000, -3, 1000, 4.5], result.Points.Select(p => p.Value));
    }

    [Fact]
    public void Keeps_the_date_of_timestamps_as_written()
    {
        var result = Read("metric,date,value\nvisits,2026-01-05T23:30:00-05:00,1\nvisits,2026-01-06T00:15Z,2\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([D(2026, 1, 5), D(2026, 1, 6)], result.Points.Select(p => p.Date));
    }

    [Fact]
    public void Reads_dates_in_the_custom_format()
    {
        var result = Read("metric,date,value\nvisits,01/31/2026,1\nvisits,2026-02-28,2\n", new CsvOptions(DateFormat: "MM/dd/yyyy"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal([D(2026, 1, 31), D(2026, 2, 28)], result.Points.Select(p => p.Date));
    }

    [Fact]
    public void Keeps_reading_other_metrics_of_a_wide_row_with_a_bad_cell()
    {
        var result = Read("date,a,b,c\n2026-01-05,1,oops,3\n");

        Assert.Equal(Codes.DataBadNumber.Id, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(["a", "c"], result.Points.Select(p => p.Metric));
    }

    [Fact]
    public void Counts_rows_and_values()
    {
        var result = Read("date,a,b\n2026-01-05,1,2\n2026-01-06,,3\n2026-01-07,x,\n,,\n");

        Assert.Equal(new CsvFileSummary(CsvShape.Wide, ',', 3, 3), result.Summary);
    }

    [Fact]
    public void Skips_a_long_row_without_date_and_value()
    {
        var result = Read("metric,date,value,note\nvisits,,,\nvisits,2026-01-05,1,\n");

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Points);
        Assert.Equal(1, result.Summary.Rows);
    }

    [Fact]
    public void Skips_a_wide_row_without_date_and_values()
    {
        var result = Read("date,a,b\n,,-\n2026-01-05,1,2\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Points.Count);
    }

    [Fact]
    public void Reads_the_sample_site_data_without_problems()
    {
        var expected = new Dictionary<string, (CsvShape Shape, char Delimiter)>
        {
            ["content/data/crm-monthly.csv"] = (CsvShape.Long, ','),
            ["content/data/marketing-weekly.csv"] = (CsvShape.Wide, ';'),
            ["content/data/survey-quarterly.csv"] = (CsvShape.Long, '\t'),
        };

        foreach (var (file, (shape, delimiter)) in expected)
        {
            var path = Path.Combine(RepositoryRoot(), file);
            Assert.True(File.Exists(path), path);
            using var stream = File.OpenRead(path);
            var sink = new RecordingSink();
            var diagnostics = new DiagnosticBag();

            var summary = CsvDataReader.Read(stream, file, CsvOptions.Default, sink, diagnostics);

            Assert.Empty(diagnostics.ToSortedList());
            Assert.Equal((shape, delimiter), (summary.Shape, summary.Delimiter));
            Assert.True(summary.Values > 0, file);
            Assert.Equal(summary.Values, sink.Points.Count);
            Assert.All(sink.Points, p => Assert.True(double.IsFinite(p.Value)));
        }
    }

    [Fact]
    public void Reads_the_documented_values_of_the_sample_site()
    {
        var marketing = ReadSample("content/data/marketing-weekly.csv");
        var survey = ReadSample("content/data/survey-quarterly.csv");

        Assert.Equal(new Point("site-visits", D(2025, 12, 1), 9800, null, 2), marketing[0]);
        Assert.Equal(new Point("time-on-page", D(2025, 12, 1), 34, null, 2), marketing[1]);
        Assert.Equal(new Point("brand-perception", D(2025, 12, 31), 58, "Q4 2025 wave, n=402", 2), survey[0]);
    }

    private static List<Point> ReadSample(string file)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryRoot(), file));
        var sink = new RecordingSink();
        CsvDataReader.Read(stream, file, CsvOptions.Default, sink, new DiagnosticBag());
        return sink.Points;
    }

    // From this source file rather than the output folder, so the test also runs from a separate artifacts path.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OkrSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OkrSite.sln not found above " + sourceFile);
    }
}
