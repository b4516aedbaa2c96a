using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// Reads one CSV data file (long or wide shape, any of the dialects the format accepts) and streams its values into
/// a sink. Bad input never throws: every problem becomes a diagnostic with the file and line, and reading goes on
/// with the next row so that one run shows all of them (up to <see cref="DiagnosticBag.Limit"/> of each code per file).
/// </summary>
internal static class CsvDataReader
{
    /// <param name="stream">The file's bytes, read once from the current position; it need not be seekable and is not disposed.</param>
    /// <param name="relativePath">The file relative to the site folder, with forward slashes, as diagnostics name it.</param>
    public static CsvFileSummary Read(Stream stream, string relativePath, CsvOptions options, IDataPointSink sink, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new CsvFileReading(relativePath, options, sink, diagnostics).Run(stream);
    }
}
