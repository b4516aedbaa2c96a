using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Load.Content;

/// <summary>Reads content/: teams, KPIs, objectives and the front page, each file parsed on its own.</summary>
public static class ContentLoader
{
    public const string ContentFolder = "content";

    public static ContentSet Load(string siteDirectory, DiagnosticBag diagnostics)
    {
        var teams = Parse(siteDirectory, "content/teams", recursive: false, diagnostics, (file, text) => ContentParser.ParseTeam(file, text, diagnostics));
        var kpis = Parse(siteDirectory, "content/kpis", recursive: false, diagnostics, (file, text) => ContentParser.ParseKpi(file, text, diagnostics));
        var objectives = Parse(siteDirectory, "content/okrs", recursive: true, diagnostics, (file, text) => ContentParser.ParseObjective(file, text, FolderPeriod(file), diagnostics));

        PageText? index = null;
        const string indexFile = "content/index.md";
        if (File.Exists(Path.Combine(siteDirectory, indexFile)) && SiteFiles.ReadText(siteDirectory, indexFile, diagnostics) is { } indexText)
        {
            index = ContentParser.ParsePage(indexFile, indexText, diagnostics);
        }

        return new ContentSet(teams, kpis, objectives, index);
    }

    /// <summary>The innermost folder between content/okrs/ and the file that is named like a period.</summary>
    public static Period? FolderPeriod(string relativeFile)
    {
        var parts = relativeFile.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (Period.TryParse(parts[i], out var period) && parts[i] == period.ToString())
            {
                return period;
            }
        }

        return null;
    }

    private static ImmutableArray<T> Parse<T>(string siteDirectory, string folder, bool recursive, DiagnosticBag diagnostics, Func<string, string, T?> parse)
        where T : class
    {
        var files = SiteFiles.List(siteDirectory, folder, "*.md", recursive);
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var text = SiteFiles.ReadText(siteDirectory, files[i], diagnostics);
            results[i] = text is null ? null : parse(files[i], text);
        });
        return [.. results.OfType<T>()];
    }
}
