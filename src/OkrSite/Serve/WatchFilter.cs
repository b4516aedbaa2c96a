using System.Text.RegularExpressions;

namespace OkrSite.Cli.Serve;

/// <summary>
/// Which file events are edits of the site: not what OkrSite itself writes (the output, the chart cache, a build's
/// staging and lock files), not version control, not the scratch files editors and office programs leave beside
/// the file being edited (their final rename onto the real name is an event of the real name).
/// </summary>
internal static partial class WatchFilter
{
    private static readonly string[] OwnFolders = ["_site", ".okrsite-cache", ".git", ".hg", ".svn"];

    /// <param name="relativePath">Relative to the watched folder's site or data root, either separator.</param>
    public static bool IsRelevant(string relativePath)
    {
        var segments = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        if (segments.Any(s => OwnFolders.Contains(s, StringComparer.Ordinal) || s.Contains(".okrsite-", StringComparison.Ordinal)))
        {
            return false;
        }

        return !IsScratch(segments[^1]);
    }

    /// <summary>An editor's swap, backup, lock or write-test file.</summary>
    public static bool IsScratch(string name) => Scratch().IsMatch(name) || IsVimWriteTest(name);

    /// <summary>vim checks that a folder is writable with a file named 4913, then 5036, 5159... (123 apart); 2026 is a period's folder.</summary>
    private static bool IsVimWriteTest(string name) =>
        name.Length is > 3 and < 10 && name.All(char.IsAsciiDigit) && int.Parse(name, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= 4913 && (n - 4913) % 123 == 0;

    // vim: .x.swp/.swo/.../.swa, .swx (its test), .swpx, x~; emacs: .#x, #x#; LibreOffice and Excel: .~lock.x#, ~$x;
    // JetBrains: x___jb_tmp___/___jb_old___; Chromium's File System API: x.crswap; macOS Finder: .DS_Store; x.tmp.
    [GeneratedRegex(@"(~$)|(\.sw[a-px]$)|(\.swpx$)|(^\.#)|(^#.*#$)|(^\.~lock\.)|(^~\$)|(___jb_(tmp|old)___$)|(\.crswap$)|(^\.DS_Store$)|(\.tmp$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scratch();
}
