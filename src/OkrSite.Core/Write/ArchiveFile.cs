using OkrSite.Core.Diagnostics;
using OkrSite.Core.IO;
using OkrSite.Core.Model;

namespace OkrSite.Core.Write;

/// <summary>
/// Writes an archive into the site (okrsite freeze): a temporary file beside it, flushed to disk, then renamed over
/// the archive, so a reader never sees half of one. Neither content/, content/archive nor the archive may be a link:
/// a link is never followed to write, and rename(2) replaces a name, never what a link points at.
/// </summary>
internal static class ArchiveFile
{
    /// <summary>Writes <paramref name="content"/> as the archive of <paramref name="period"/>; false, with a diagnostic, when it may not or could not.</summary>
    public static bool Write(string siteDirectory, Period period, byte[] content, bool force, DiagnosticBag diagnostics)
    {
        var relative = $"content/archive/{period}.json";
        var at = new SourceSpan(relative);
        var folder = siteDirectory;
        foreach (var name in new[] { "content", "archive" })
        {
            folder = Path.Combine(folder, name);
            var (kind, error) = NativeFiles.Kind(folder, followLinks: false);
            if (kind == NodeType.None && error == NativeFiles.ENOENT)
            {
                if (!Try(() => Directory.CreateDirectory(folder), at, diagnostics))
                {
                    return false;
                }
            }
            else if (kind != NodeType.Directory)
            {
                var shown = SiteFilesPath(siteDirectory, folder);
                diagnostics.Add(Codes.FreezeWriteFailed, at, kind == NodeType.Link
                    ? $"{shown} is a link; okrsite freeze writes only into a plain folder of the site, so it wrote nothing"
                    : $"{shown} is not a folder; okrsite freeze wrote nothing");
                return false;
            }
        }

        var target = Path.Combine(folder, $"{period}.json");
        var (existing, _) = NativeFiles.Kind(target, followLinks: false);
        if (existing == NodeType.Regular && !force)
        {
            diagnostics.Add(Codes.FreezeArchiveExists, at, $"{period} is frozen already ({relative}); pass --force to freeze it again, replacing the archive (git keeps the old one)");
            return false;
        }

        if (existing is not (NodeType.None or NodeType.Regular))
        {
            diagnostics.Add(Codes.FreezeWriteFailed, at, $"{relative} is {(existing == NodeType.Link ? "a link" : existing == NodeType.Directory ? "a folder" : "not a regular file")}; okrsite freeze replaces only a plain file, so it wrote nothing");
            return false;
        }

        var temporary = Path.Combine(folder, $".{period}.json.{Guid.NewGuid():N}.tmp");
        var written = Try(
            () =>
            {
                // CreateNew fails on any existing name, a link included: the bytes go into a file this call made.
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(content);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, target, overwrite: force);
            },
            at,
            diagnostics);
        if (!written && NativeFiles.Kind(temporary, followLinks: false).Kind == NodeType.Regular)
        {
            File.Delete(temporary);
        }

        return written;
    }

    private static bool Try(Action action, SourceSpan at, DiagnosticBag diagnostics)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.FreezeWriteFailed, at, $"the archive could not be written, so nothing changed: {ex.Message}");
            return false;
        }
    }

    private static string SiteFilesPath(string siteDirectory, string path) =>
        Path.GetRelativePath(siteDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
}
