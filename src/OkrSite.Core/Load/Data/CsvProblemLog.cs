using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// The diagnostics of one CSV file. Every bad row is reported; a file exported with the wrong settings can have a
/// problem on each of a million rows, and the <see cref="DiagnosticBag"/> lists the first <see cref="DiagnosticBag.Limit"/>
/// of each code and counts the rest, as it does for every file.
/// </summary>
internal sealed class CsvProblemLog(string file, DiagnosticBag diagnostics)
{
    public void Report(DiagnosticCode code, long line, int column, string message)
    {
        var at = line > int.MaxValue ? int.MaxValue : (int)Math.Max(0, line);
        diagnostics.Add(code, new SourceSpan(file, at, Math.Max(0, column)), message);
    }
}
