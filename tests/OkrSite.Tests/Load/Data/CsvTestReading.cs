using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Data;

/// <summary>One value the reader passed to the sink.</summary>
internal readonly record struct Point(string Metric, DateOnly Date, double Value, string? Note, int Line);

/// <summary>Everything one call of <see cref="CsvDataReader.Read"/> produced.</summary>
internal sealed record CsvTestResult(CsvFileSummary Summary, IReadOnlyList<Point> Points, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The metrics the reader declared: where a wide header or a long file first names each.</summary>
    public IReadOnlyList<(string Metric, int Line, int Column, bool IsColumn)> Declared { get; init; } = [];

    /// <summary>The only diagnostic, after checking it has <paramref name="code"/> and names the file.</summary>
    public Diagnostic Single(DiagnosticCode code)
    {
        var diagnostic = Assert.Single(Diagnostics);
        Assert.Equal(code.Id, diagnostic.Code);
        Assert.Equal(code.Severity, diagnostic.Severity);
        Assert.Equal(CsvTestReading.FileName, diagnostic.File);
        return diagnostic;
    }
}

internal sealed class RecordingSink : IDataPointSink
{
    public List<Point> Points { get; } = [];

    public List<(string Metric, int Line, int Column, bool IsColumn)> Declared { get; } = [];

    public void Add(string metric, DateOnly date, double value, string? note, int line) => Points.Add(new Point(metric, date, value, note, line));

    public void Declare(string metric, int line, int column, bool isColumn) => Declared.Add((metric, line, column, isColumn));
}

internal static class CsvTestReading
{
    public const string FileName = "content/data/test.csv";

    public static CsvTestResult Read(string text, CsvOptions? options = null) => Read(Encoding.UTF8.GetBytes(text), options);

    public static CsvTestResult Read(byte[] bytes, CsvOptions? options = null) => Read(new MemoryStream(bytes), options);

    public static CsvTestResult Read(Stream stream, CsvOptions? options = null)
    {
        var sink = new RecordingSink();
        var diagnostics = new DiagnosticBag();
        var summary = CsvDataReader.Read(stream, FileName, options ?? CsvOptions.Default, sink, diagnostics);
        return new CsvTestResult(summary, sink.Points, diagnostics.ToSortedList()) { Declared = sink.Declared };
    }

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}

/// <summary>A non-seekable stream that hands out a few bytes per read, as a network share or pipe may.</summary>
internal sealed class TrickleStream(byte[] data, int chunk) : ReadOnlyTestStream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(chunk, count), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }
}

/// <summary>A stream that fails with an I/O error after <paramref name="goodBytes"/> bytes, like a file on a vanished share.</summary>
internal sealed class FailingStream(byte[] data, int goodBytes) : ReadOnlyTestStream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= goodBytes)
        {
            throw new IOException("the network path was not found");
        }

        var n = Math.Min(count, goodBytes - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }
}
