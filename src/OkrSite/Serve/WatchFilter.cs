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
    public static bool IsScratch(string name) => Scratch().IsMatch(name);

    // vim: .x.swp/.swo/.swx/.swpx, x~, the write test 4913 (and the numbers after it); emacs: .#x, #x#; LibreOffice
    // and Excel: .~lock.x#, ~$x; JetBrains: x___jb_tmp___/___jb_old___; Chromium's File System API: x.crswap;
    // macOS Finder: .DS_Store; generic: x.tmp.
    [GeneratedRegex(@"(^\d+$)|(~$)|(\.sw[a-p]x?$)|(^\.#)|(^#.*#$)|(^\.~lock\.)|(^~\$)|(___jb_(tmp|old)___$)|(\.crswap$)|(^\.DS_Store$)|(\.tmp$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scratch();
}
