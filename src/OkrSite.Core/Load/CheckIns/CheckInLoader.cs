using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.CheckIns;

/// <summary>
/// Reads every check-ins CSV that site.json checkIns.files matches (default content/checkins/*.csv), matched like
/// data through <see cref="SiteFileSystem"/>, in ordinal path order: the rows in file order, each with its line.
/// </summary>
internal static class CheckInLoader
{
    public static ImmutableArray<CheckInRow> Load(SiteFileSystem site, SiteConfig config, DiagnosticBag diagnostics)
    {
        var files = DataLoader.Match(site, config, config.CheckIns.Files, CheckInOptions.DefaultFiles, "checkIns.files glob", Codes.CheckInNoFiles, diagnostics);
        var rows = ImmutableArray.CreateBuilder<CheckInRow>();
        foreach (var file in files)
        {
            try
            {
                using var stream = site.OpenRead(file.RealPath);
                rows.AddRange(new CheckInCsvReader(file.Path, config.Csv, diagnostics).Read(stream));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Codes.DataUnreadable, new SourceSpan(file.Path), $"the file cannot be read: {ex.Message}");
            }
        }

        return rows.ToImmutable();
    }
}
