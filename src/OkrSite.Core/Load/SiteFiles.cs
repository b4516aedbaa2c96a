using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;

namespace OkrSite.Core.Load;

/// <summary>Reads text files the <see cref="SiteFileSystem"/> has vetted, strictly as UTF-8.</summary>
internal static class SiteFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The path of <paramref name="fullPath"/> relative to the site folder, with '/' so messages read the same on every OS.</summary>
    public static string Relative(string siteDirectory, string fullPath) =>
        Path.GetRelativePath(siteDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Reads a vetted file; a file that is not UTF-8 (UTF-16 included) or cannot be read becomes a diagnostic and null.</summary>
    public static string? ReadText(SiteFileSystem site, SiteEntry file, DiagnosticBag diagnostics) =>
        ReadBytes(site, file, diagnostics) is { } bytes ? DecodeText(file, bytes, diagnostics) : null;

    /// <summary>A vetted file's bytes; a file that cannot be read becomes a diagnostic and null.</summary>
    public static byte[]? ReadBytes(SiteFileSystem site, SiteEntry file, DiagnosticBag diagnostics)
    {
        try
        {
            return site.ReadAllBytes(file.RealPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.ContentUnreadable, new SourceSpan(file.Path), $"the file cannot be read: {ex.Message}");
            return null;
        }
    }

    /// <summary>A file's bytes as text, strictly UTF-8 without its byte order mark; anything else is a diagnostic and null.</summary>
    public static string? DecodeText(SiteEntry file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var at = new SourceSpan(file.Path);
        if (Utf16Sniffer.Detect(bytes) is { } utf16)
        {
            diagnostics.Add(Codes.ContentUnreadable, at, Utf16Sniffer.Message(utf16));
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Codes.ContentUnreadable, at, "the file is not UTF-8 text; save it as UTF-8");
            return null;
        }
    }
}
