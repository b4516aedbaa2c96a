using System.Diagnostics;
using System.Globalization;
using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using Xunit.Abstractions;

namespace OkrSite.Tests.BadInput;

/// <summary>Measures managed memory alone: other tests allocating at the same time would blur the heap samples.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}

/// <summary>
/// A 100 MB export is read as a stream: the live managed heap, sampled after a full blocking GC while the reader is
/// in the middle of the file, grows by a small fraction of the file size, and a quote that is never closed does not
/// make the reader buffer the rest of the file.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public sealed class LargeExportTests(ITestOutputHelper output) : IDisposable
{
    private const long TargetBytes = 100L * 1024 * 1024;

    // Well under the file size: a streaming reader needs its buffers and pooled strings, not the file.
    private const long AllowedGrowth = 16L * 1024 * 1024;

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "okrsite-tests", "large-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void A_100_MB_export_streams_through_the_reader_in_bounded_memory()
    {
        var path = Path.Combine(_folder, "huge.csv");
        var (rows, bytes) = WriteLongExport(path, TargetBytes);
        var clock = Stopwatch.StartNew();

        var sink = new SamplingSink(sampleEvery: 100_000);
        var diagnostics = new DiagnosticBag();
        CsvFileSummary summary;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            summary = CsvDataReader.Read(stream, "content/data/huge.csv", CsvOptions.Default, sink, diagnostics);
        }

        clock.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F1} MiB, {rows} rows read in {clock.Elapsed.TotalSeconds:F1} s; heap growth peak {sink.PeakGrowth / 1024.0 / 1024.0:F2} MiB over {sink.Samples} samples"));
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal((CsvShape.Long, rows, rows), (summary.Shape, summary.Rows, summary.Values));
        Assert.Equal(rows, sink.Values);
        Assert.Equal(rows + 1, sink.LastLine);
        Assert.True(sink.Samples >= 5, "the heap was sampled too rarely to mean anything");
        Assert.True(sink.PeakGrowth < AllowedGrowth, string.Create(CultureInfo.InvariantCulture, $"live heap grew by {sink.PeakGrowth} bytes while reading a {bytes}-byte file"));
    }

    [Fact]
    public void A_quote_that_is_never_closed_in_a_20_MB_export_is_reported_without_buffering_the_file()
    {
        var path = Path.Combine(_folder, "unclosed.csv");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            writer.Write("metric,date,value,note\nrevenue,2026-07-01,5,\"never closed\n");
            var filler = new string('x', 1000);
            for (var i = 0; i < 20_000; i++)
            {
                writer.Write("revenue,2026-07-02,6,");
                writer.Write(filler);
                writer.Write('\n');
            }
        }

        var sink = new SamplingSink(sampleEvery: int.MaxValue);
        var diagnostics = new DiagnosticBag();
        var before = HeapAfterFullGc();
        long peak;
        using (var stream = File.OpenRead(path))
        {
            CsvDataReader.Read(stream, "content/data/unclosed.csv", CsvOptions.Default, sink, diagnostics);
            peak = HeapAfterFullGc() - before;
        }

        var reported = Assert.Single(diagnostics.ToSortedList());
        output.WriteLine(reported.ToString());
        Assert.Equal((Codes.DataBadQuote.Id, "content/data/unclosed.csv"), (reported.Code, reported.File));
        Assert.Equal(2, reported.Line);
        Assert.Equal(0, sink.Values);
        Assert.True(peak < AllowedGrowth, string.Create(CultureInfo.InvariantCulture, $"live heap grew by {peak} bytes"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static long HeapAfterFullGc()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes;
    }

    /// <summary>A long export with quoted, thousands-separated values and notes with commas, quotes and Unicode.</summary>
    private static (int Rows, long Bytes) WriteLongExport(string path, long targetBytes)
    {
        var rows = 0;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        using var writer = new StreamWriter(file, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("metric,date,value,note\r\n");
        var start = new DateOnly(2000, 1, 1);
        var line = new StringBuilder(256);
        while (file.Position < targetBytes)
        {
            for (var i = 0; i < 1000; i++, rows++)
            {
                var date = start.AddDays(rows % 36_500);
                var cents = (rows * 7919L) % 100_000_000;
                line.Clear()
                    .Append("metric-").Append(rows % 50).Append(',')
                    .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(",\"")
                    .Append((cents / 100).ToString("N0", CultureInfo.InvariantCulture)).Append('.').Append((cents % 100).ToString("D2", CultureInfo.InvariantCulture))
                    .Append("\",\"Export row ").Append(rows).Append(", with \"\"quotes\"\", a comma; a semicolon and ünïcødé € 🚀 — padding to make rows long\"\r\n");
                writer.Write(line);
            }

            writer.Flush();
        }

        writer.Flush();
        return (rows, file.Length);
    }

    /// <summary>Counts the values and samples the live heap after a full GC every <c>sampleEvery</c> values.</summary>
    private sealed class SamplingSink : IDataPointSink
    {
        private readonly int _sampleEvery;
        private readonly long _baseline;

        public SamplingSink(int sampleEvery)
        {
            _sampleEvery = sampleEvery;
            _baseline = HeapAfterFullGc();
        }

        public int Values { get; private set; }

        public int LastLine { get; private set; }

        public int Samples { get; private set; }

        public long PeakGrowth { get; private set; }

        public void Add(string metric, DateOnly date, double value, string? note, int line)
        {
            Values++;
            LastLine = line;
            if (Values % _sampleEvery == 0)
            {
                PeakGrowth = Math.Max(PeakGrowth, HeapAfterFullGc() - _baseline);
                Samples++;
            }
        }
    }
}
