using System.Globalization;
using System.Text;
using CsvHelper;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

public class KpiDataFileTests
{
    private static readonly DataPoint[] Points =
    [
        new(new DateOnly(2026, 6, 30), 0.1 + 0.2),
        new(new DateOnly(2026, 7, 31), -1234567.125, "Deal, \"big\" one"),
        new(new DateOnly(2026, 8, 1), 1e-7, "two\nlines"),
        new(new DateOnly(2026, 8, 2), 75, "=SUM(A1)"),
    ];

    [Fact]
    public void Writes_rfc_4180_with_iso_dates_and_every_digit_of_each_value()
    {
        var text = Encoding.UTF8.GetString(KpiDataFile.Write(Points));

        Assert.Equal(
            "date,value,note\r\n" +
            "2026-06-30,0.30000000000000004,\r\n" +
            "2026-07-31,-1234567.125,\"Deal, \"\"big\"\" one\"\r\n" +
            "2026-08-01,1E-07,\"two\nlines\"\r\n" +
            "2026-08-02,75,=SUM(A1)\r\n",
            text);
    }

    [Fact]
    public void Has_no_byte_order_mark()
    {
        Assert.Equal((byte)'d', KpiDataFile.Write(Points)[0]);
    }

    [Fact]
    public void An_rfc_4180_reader_gives_back_every_value_and_note()
    {
        using var reader = CsvReader.Create(new MemoryStream(KpiDataFile.Write(Points)), new CsvReaderOptions { HasHeader = false, Mode = CsvMode.Rfc4180 });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }

        Assert.Equal(["date", "value", "note"], rows[0]);
        Assert.Equal(
            Points.Select(p => (p.Date, p.Value, p.Note ?? string.Empty)),
            rows.Skip(1).Select(r => (DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(r[1], CultureInfo.InvariantCulture), r[2])));
    }

    [Fact]
    public void A_series_without_values_is_only_the_header()
    {
        Assert.Equal("date,value,note\r\n", Encoding.UTF8.GetString(KpiDataFile.Write([])));
    }

    [Fact]
    public void A_build_writes_each_kpis_file_beside_its_page_which_links_it()
    {
        using var site = TempSite.CopyOf("northwind");
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        string File(string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

        Assert.Equal("date,value,note\r\n2026-06-30,100,\r\n2026-07-31,110,Summer deal\r\n", File("kpis/revenue/data.csv"));
        Assert.Contains("<a href=\"../../kpis/revenue/data.csv\" download>Download all 2 values (CSV)</a>", File("kpis/revenue/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"series\"", File("report.json"), StringComparison.Ordinal);
    }
}
