namespace OkrSite.Core.Load.Static;

/// <summary>The rules for a path that names a file under the site's static/ folder (site.json's logo).</summary>
internal static class StaticPaths
{
    /// <summary>The folder whose files are copied verbatim to the root of the output.</summary>
    public const string Folder = "static";

    /// <summary>Why <paramref name="path"/> cannot name a file under static/ (as the end of a sentence), or null when it can.</summary>
    public static string? Problem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "is empty";
        }

        if (path.StartsWith('/') || Path.IsPathRooted(path) || (path.Length > 1 && path[1] == ':'))
        {
            return "is an absolute path";
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return "has a backslash ('/' separates folders)";
        }

        if (path.Any(char.IsControl))
        {
            return "holds a control character";
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is ".." or "."))
        {
            return "has a '.' or '..' segment, which could leave static/";
        }

        return segments.Any(s => s.Length == 0) ? "has an empty folder name ('//' or a trailing '/')" : null;
    }

    /// <summary>What to write instead of a path no file has, from the files static/ has (paths relative to it); "" when nothing is near.</summary>
    public static string Suggestion(string path, IReadOnlyCollection<string> files)
    {
        if (files.Count == 0)
        {
            return $"; {Folder}/ has no files: put the image there, such as {Folder}/logo.svg";
        }

        var prefix = Folder + "/";
        if (path.StartsWith(prefix, StringComparison.Ordinal) && files.Contains(path[prefix.Length..], StringComparer.Ordinal))
        {
            return $"; the path is relative to {Folder}/: write '{path[prefix.Length..]}'";
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        var sameName = files.Where(f => string.Equals(f[(f.LastIndexOf('/') + 1)..], name, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        return sameName is not null ? $"; did you mean '{sameName}'?" : Suggest.DidYouMean(path, files);
    }
}
