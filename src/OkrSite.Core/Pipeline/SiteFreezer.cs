using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Archive;
using OkrSite.Core.Model;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>What okrsite freeze did: every diagnostic, and the archive with its file when one was written.</summary>
public sealed record FreezeResult(IReadOnlyList<Diagnostic> Diagnostics, PeriodArchive? Archive, string? File)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => ErrorCount == 0 && File is not null;
}

/// <summary>
/// okrsite freeze: a build that writes no site (as check), of which the period's figures and input hash become
/// content/archive/&lt;period&gt;.json. The period must have objectives and have ended at the report date: the
/// figures of an open period are not final, so freezing one is refused whatever --force says (--force replaces an
/// existing archive, nothing else).
/// </summary>
public static class SiteFreezer
{
    public static FreezeResult Freeze(BuildOptions options, Period period, DateOnly frozenOn, bool force)
    {
        var build = SiteBuilder.Build(options with { Write = false, UseCache = false, Freeze = period, FrozenOn = frozenOn });
        var diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        diagnostics.AddRange(build.Diagnostics);
        if (!build.Succeeded || build.Report is not { } report || build.Archive is not { } archive)
        {
            return new FreezeResult(diagnostics.ToSortedList(), null, null);
        }

        if (archive.Objectives.IsEmpty)
        {
            var periods = string.Join(", ", report.Periods);
            diagnostics.Add(Codes.FreezeNoObjectives, SourceSpan.None, $"{period} has no objectives, so there is nothing to freeze; the periods with objectives are {(periods.Length == 0 ? "none" : periods)}");
        }
        else if (report.AsOf < period.End)
        {
            diagnostics.Add(Codes.FreezePeriodOpen, SourceSpan.None, string.Create(CultureInfo.InvariantCulture, $"{period} ends on {period.End:yyyy-MM-dd}, after the report date {report.AsOf:yyyy-MM-dd}, so its figures are not final; freeze it once it has ended (with data complete before, pass --as-of {period.End:yyyy-MM-dd})"));
        }
        else if (ArchiveFile.Write(options.SiteDirectory, period, ArchiveFormat.Write(archive), force, diagnostics))
        {
            return new FreezeResult(diagnostics.ToSortedList(), archive, ArchiveLoader.PathOf(period));
        }

        return new FreezeResult(diagnostics.ToSortedList(), archive, null);
    }
}
