using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;

namespace OkrSite.Benchmarks.Micro;

/// <summary>
/// The CSV reader over in-memory files of 100,000 values: a long file (comma, LF, with a note column) and a wide file
/// (semicolon, BOM, CRLF, dd.MM.yyyy, decimal comma and thousands dots), 100 metrics × 1,000 days each.
/// Times are per value (OperationsPerInvoke), so rows/s = 1 s / Mean. <see cref="CountingSink"/> isolates parsing;
/// <see cref="CollectingSink"/> does what the loader's own sink does with each value (a copy of the internal FileCollector).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CsvReaderBenchmarks
{
    public const int Metrics = 100;
    public const int Days = 1_000;
    public const int Values = Metrics * Days;

    private byte[] _long = [];
    private byte[] _wide = [];

    [GlobalSetup]
    public void Setup()
    {
        var inv = CultureInfo.InvariantCulture;
        var rng = new Random(42);
        var start = new DateOnly(2023, 1, 1);
        var values = new double[Metrics, Days];
        for (var m = 0; m < Metrics; m++)
        {
            var v = 100 + (rng.NextDouble() * 10_000);
            for (var d = 0; d < Days; d++)
            {
                v *= 1 + ((rng.NextDouble() - 0.5) * 0.02);
                values[m, d] = Math.Round(v, 2);
            }
        }

        var sb = new StringBuilder("metric,date,value,note\n");
        for (var m = 0; m < Metrics; m++)
        {
            for (var d = 0; d < Days; d++)
            {
                sb.Append(inv, $"metric-{m:D3},{start.AddDays(d):yyyy-MM-dd},{values[m, d]:0.##},{(d % 97 == 0 ? "\"Campaign, EMEA\"" : string.Empty)}\n");
            }
        }

        _long = Encoding.UTF8.GetBytes(sb.ToString());

        sb.Clear().Append("Datum");
        for (var m = 0; m < Metrics; m++)
        {
            sb.Append(inv, $";metric-{m:D3}");
        }

        sb.Append("\r\n");
        for (var d = 0; d < Days; d++)
        {
            sb.Append(start.AddDays(d).ToString("dd.MM.yyyy", inv));
            for (var m = 0; m < Metrics; m++)
            {
                sb.Append(';').Append(values[m, d].ToString("#,##0.##", inv).Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.'));
            }

            sb.Append("\r\n");
        }

        _wide = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(sb.ToString())];
        Check(LongFile(), "long");
        Check(WideFile(), "wide");
    }

    [Benchmark(OperationsPerInvoke = Values)]
    public int LongFile() => Read(_long, new CountingSink());

    [Benchmark(OperationsPerInvoke = Values)]
    public int WideFile() => Read(_wide, new CountingSink());

    [Benchmark(OperationsPerInvoke = Values)]
    public int LongFileCollected() => Read(_long, new CollectingSink());

    [Benchmark(OperationsPerInvoke = Values)]
    public int WideFileCollected() => Read(_wide, new CollectingSink());

    private static int Read(byte[] file, IDataPointSink sink)
    {
        using var stream = new MemoryStream(file, writable: false);
        return CsvDataReader.Read(stream, "bench.csv", CsvOptions.Default, sink, new DiagnosticBag()).Values;
    }

    private static void Check(int values, string which)
    {
        if (values != Values)
        {
            throw new InvalidOperationException($"the {which} file read {values} values, not {Values}");
        }
    }

    /// <summary>Counts values and keeps nothing.</summary>
    public sealed class CountingSink : IDataPointSink
    {
        public int Count { get; private set; }

        public void Add(string metric, DateOnly date, double value, string? note, int line) => Count++;
    }

    /// <summary>What OkrSite.Core.Load.Data.FileCollector (internal) does: one list of points per metric key.</summary>
    public sealed class CollectingSink : IDataPointSink
    {
        public Dictionary<string, List<(DateOnly Date, double Value, string? Note, int Line)>> Metrics { get; } = new(StringComparer.Ordinal);

        public void Add(string metric, DateOnly date, double value, string? note, int line)
        {
            var key = DataSet.Key(metric);
            if (!Metrics.TryGetValue(key, out var points))
            {
                points = [];
                Metrics.Add(key, points);
            }

            points.Add((date, value, note, line));
        }
    }
}

/// <summary>
/// The whole read-data stage (DataLoader.Load: glob, parallel read of every file, merge into series) over the data of
/// a generated site of 300 KPIs × 731 days in 30 files of every dialect (≈219,000 values, as in the medium size).
/// Values/s = values ÷ Mean; the count is printed by the setup and is in bench-info.json of the fixture.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class DataLoaderBenchmarks
{
    private string _dir = string.Empty;
    private SiteConfig _config = SiteConfig.Default("bench");

    [GlobalSetup]
    public void Setup()
    {
        _dir = Fixtures.Site("8x300x731");
        _config = Core.Load.Config.SiteConfigLoader.Load(_dir, new DiagnosticBag())!;
        Console.WriteLine($"// DataLoader fixture: {Generator.GenerationSummary.Read(_dir)!.Rows} values");
    }

    [Benchmark]
    public int Load() => DataLoader.Load(_dir, _config, new DiagnosticBag()).Series.Count;
}
