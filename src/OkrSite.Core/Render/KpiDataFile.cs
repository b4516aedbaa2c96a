using System.Globalization;
using CsvHelper;
using OkrSite.Core.Model;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render;

/// <summary>
/// A KPI's every value up to the report date as a CSV file beside its page (<see cref="SitePaths.KpiData"/>), so that
/// report.json and the pages need not repeat whole series: <c>date,value,note</c>, RFC 4180 (CRLF, fields quoted only
/// when they must be), UTF-8 without a BOM, ISO dates and invariant numbers at shortest round-trip precision (the
/// value the data's text parsed to, as report.json writes numbers). CSV rather than JSON: a spreadsheet opens it,
/// and it is half the size.
/// </summary>
internal static class KpiDataFile
{
    // CsvHelper's defaults are RFC 4180's: comma, CRLF, quotes only where needed, no BOM, no formula escaping (the
    // notes are the site's own data, written back as they were read: never prefixed or stripped).
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default;

    /// <summary>Whether the KPI has a file: one with values has, one without has none (report.json says <c>"data": null</c>).</summary>
    public static bool Has(Kpi kpi) => !kpi.Series.IsEmpty;

    /// <summary>Every KPI's file that <see cref="Has"/> one, in the KPIs' order.</summary>
    public static void WriteAll(Report report, IOutputSink sink)
    {
        foreach (var kpi in report.Kpis.Where(Has))
        {
            sink.Write(SitePaths.KpiData(kpi.Id), Write(kpi.Series.Points));
        }
    }

    /// <summary>The ending of a data file's entry in the page cache.</summary>
    public const string CacheSuffix = ".csv";

    // The file is made by this code and CsvHelper: a new build of either writes them all again.
    private static readonly string Code = typeof(KpiDataFile).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "/" + typeof(CsvWriter).Assembly.GetName().Version;

    /// <summary>
    /// The file's key in the page cache: what <see cref="Write"/> reads, each point's date, value and note, and the
    /// code. Kept between builds, since writing 2,000 KPIs' two million values with CsvHelper on every build took
    /// longer than hashing them.
    /// </summary>
    public static string Key(IEnumerable<DataPoint> points)
    {
        using var hash = new Cache.ContentHash("kpi-data");
        return hash.Add(Code).Add(points).Finish();
    }

    public static byte[] Write(IReadOnlyList<DataPoint> points)
    {
        using var buffer = new MemoryStream(32 + (points.Count * 24));
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteRecord(["date", "value", "note"]);
            foreach (var point in points)
            {
                csv.WriteField(point.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(point.Value.ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField(point.Note ?? string.Empty);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
