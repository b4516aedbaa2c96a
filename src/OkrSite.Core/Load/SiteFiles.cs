using System.Text;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load;

/// <summary>File-system edge of the load stage: lists files in a stable order and reads text strictly as UTF-8.</summary>
public static class SiteFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The path of <paramref name="fullPath"/> relative to the site folder, with '/' so messages read the same on every OS.</summary>
    public static string Relative(string siteDirectory, string fullPath) =>
        Path.GetRelativePath(siteDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Files under <paramref name="relativeFolder"/> matching <paramref name="pattern"/>, sorted ordinally by relative path.</summary>
    public static IReadOnlyList<string> List(string siteDirectory, string relativeFolder, string pattern, bool recursive)
    {
        var folder = Path.Combine(siteDirectory, relativeFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(path => Relative(siteDirectory, path))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads a text file; a file that is not UTF-8 or cannot be read becomes a diagnostic and null.</summary>
    public static string? ReadText(string siteDirectory, string relativePath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(Path.Combine(siteDirectory, relativePath), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Codes.ContentUnreadable, new SourceSpan(relativePath), "the file is not UTF-8 text; save it as UTF-8");
        }
        catch (IOException ex)
        {
            diagnostics.Add(Codes.ContentUnreadable, new SourceSpan(relativePath), $"the file cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Add(Codes.ContentUnreadable, new SourceSpan(relativePath), $"the file cannot be read: {ex.Message}");
        }

        return null;
    }
}
