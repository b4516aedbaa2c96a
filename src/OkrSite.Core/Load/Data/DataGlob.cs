using System.Collections.Immutable;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// A site.json data glob: a pattern relative to the site folder, or "name:pattern" relative to a folder that
/// site.json names under dataFolders. A pattern that could leave its folder (absolute, a '..' segment, a backslash)
/// is refused from its text alone, before anything is listed.
/// </summary>
internal sealed record DataGlob(string Text, string? Folder, string Pattern)
{
    private static readonly char[] Wildcards = ['*', '?', '[', '{'];

    /// <summary>The glob, or null with the reason in <paramref name="problem"/>.</summary>
    public static DataGlob? Parse(string text, IReadOnlyDictionary<string, string> dataFolders, out string? problem)
    {
        problem = null;
        string? folder = null;
        var pattern = text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            folder = text[..colon];
            pattern = text[(colon + 1)..];
            if (!dataFolders.ContainsKey(folder))
            {
                var known = dataFolders.Count == 0 ? "dataFolders defines none" : $"dataFolders defines {string.Join(", ", dataFolders.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"))}";
                problem = $"data glob '{text}' names the data folder '{folder}', but {known}; add \"dataFolders\": {{ \"{folder}\": \"/path/to/folder\" }} to site.json, or write the glob relative to the site folder";
                return null;
            }
        }

        var where = folder is null ? "the site folder" : $"data folder '{folder}'";
        if (pattern.Contains('\\', StringComparison.Ordinal))
        {
            problem = $"data glob '{text}' has a backslash; separate folders with '/'";
        }
        else if (pattern.StartsWith('/') || Path.IsPathRooted(pattern))
        {
            problem = $"data glob '{text}' is an absolute path; write it relative to {where}, or name the folder under dataFolders in site.json and write \"name:*.csv\"";
        }
        else if (pattern.Split('/').Contains(".."))
        {
            problem = $"data glob '{text}' has a '..' segment, which leaves {where}; name the folder under dataFolders in site.json and write \"name:*.csv\"";
        }

        return problem is null ? new DataGlob(text, folder, pattern) : null;
    }

    /// <summary>The literal folders the pattern starts with: the only place its files can be.</summary>
    public string BaseFolder => string.Join('/', Segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Take(Segments.Length - 1).Where(s => s is not ("" or ".")));

    /// <summary>How many levels below <see cref="BaseFolder"/> a match can be: one per segment, unlimited with '**'.</summary>
    public int Depth
    {
        get
        {
            var below = Segments.Length - Segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Take(Segments.Length - 1).Count();
            return Segments.Any(s => s.Contains("**", StringComparison.Ordinal)) ? int.MaxValue : below;
        }
    }

    private string[] Segments => Pattern.Split('/');

    /// <summary>An empty set of named data folders.</summary>
    public static ImmutableSortedDictionary<string, string> NoFolders { get; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
