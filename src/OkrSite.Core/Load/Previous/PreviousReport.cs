using OkrSite.Core.Diagnostics;
using OkrSite.Core.IO;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Previous;

/// <summary>
/// Finds and reads a previous report.json: site.json's compareTo through the site's <see cref="SiteFileSystem"/> (a
/// link out of the site, a FIFO or a folder is a diagnostic, as for every file of the site), a path given on the
/// command line (the user's explicit choice, outside the site too) by a plain read of a regular file.
/// </summary>
internal static class PreviousReport
{
    /// <param name="missing">The code of a file that is not there: a warning for a build (the first CI run has no previous report), an error for okrsite diff.</param>
    public static ComparisonSnapshot? FromSite(SiteFileSystem site, string relativePath, DiagnosticBag diagnostics, DiagnosticCode missing)
    {
        var entry = site.Classify(relativePath);
        switch (entry.Kind)
        {
            case EntryKind.File:
                return ReadFile(entry.RealPath, relativePath, diagnostics, site.ReadAllBytes);
            case EntryKind.Missing:
                diagnostics.Add(missing, new SourceSpan(relativePath), $"{relativePath} does not exist, so there is nothing to compare with{(missing.Severity == Severity.Warning ? "; the build goes on without a comparison" : string.Empty)}");
                return null;
            case EntryKind.Folder:
                diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(relativePath), $"{relativePath} is a folder; name the report.json file in it");
                return null;
            default:
                diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(relativePath), entry.Detail);
                return null;
        }
    }

    /// <param name="display">How messages name the file: the path as the user wrote it.</param>
    /// <param name="read">How the file is read: a build notes what it read (<see cref="SiteFileSystem.ReadAllBytes"/>); null reads it plainly.</param>
    public static ComparisonSnapshot? FromPath(string path, string display, DiagnosticBag diagnostics, DiagnosticCode missing, Func<string, byte[]>? read = null)
    {
        var (kind, error) = NativeFiles.Kind(path, followLinks: true);
        switch (kind)
        {
            case NodeType.Regular:
                return ReadFile(path, display, diagnostics, read ?? File.ReadAllBytes);
            case NodeType.None when error is NativeFiles.ENOENT or NativeFiles.ENOTDIR:
                diagnostics.Add(missing, new SourceSpan(display), $"{display} does not exist, so there is nothing to compare with{(missing.Severity == Severity.Warning ? "; the build goes on without a comparison" : string.Empty)}");
                return null;
            case NodeType.None:
                diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(display), $"{display} cannot be examined (error {error}); check that it exists and may be read");
                return null;
            case NodeType.Directory:
                diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(display), $"{display} is a folder; name the report.json file in it");
                return null;
            default:
                diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(display), $"{display} is a {Names.Of(kind)}, not a regular file; it is not opened (reading it could block)");
                return null;
        }
    }

    private static ComparisonSnapshot? ReadFile(string path, string display, DiagnosticBag diagnostics, Func<string, byte[]> read)
    {
        byte[] bytes;
        try
        {
            bytes = read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(display), $"{display} cannot be read: {ex.Message}");
            return null;
        }

        return ReportSnapshotReader.Read(bytes, display, diagnostics);
    }
}
