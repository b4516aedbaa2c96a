using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// The diagnostics of one CSV file. Every bad row is reported, but a file exported with the wrong settings can have
/// a problem on each of a million rows; after <see cref="Limit"/> the rest are only counted, in one closing line.
/// </summary>
internal sealed class CsvProblemLog(string file, DiagnosticBag diagnostics)
{
    public const int Limit = 50;

    private int _reported;
    private int _withheld;
    private DiagnosticCode? _firstWithheld;
    private int _firstWithheldLine;

    public void Report(DiagnosticCode code, long line, int column, string message)
    {
        var at = line > int.MaxValue ? int.MaxValue : (int)Math.Max(0, line);
        if (_reported < Limit)
        {
            diagnostics.Add(code, new SourceSpan(file, at, Math.Max(0, column)), message);
            _reported++;
            return;
        }

        if (_withheld++ == 0)
        {
            _firstWithheld = code;
            _firstWithheldLine = at;
        }
    }

    /// <summary>Adds the closing line for the withheld problems; it sorts right after the last one shown.</summary>
    public void Complete()
    {
        if (_firstWithheld is null)
        {
            return;
        }

        var more = _withheld == 1 ? "1 more problem" : string.Create(CultureInfo.InvariantCulture, $"{_withheld} more problems");
        diagnostics.Add(_firstWithheld, new SourceSpan(file, _firstWithheldLine), string.Create(CultureInfo.InvariantCulture, $"… and {more} in this file; only the first {Limit} are listed, fix those and run again"));
        _firstWithheld = null;
    }
}
