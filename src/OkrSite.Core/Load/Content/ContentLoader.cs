using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Load.Content;

/// <summary>Reads content/: teams, KPIs, objectives and the front page, each file parsed on its own.</summary>
internal static class ContentLoader
{
    public const string ContentFolder = "content";

    public static ContentSet Load(string siteDirectory, DiagnosticBag diagnostics) => Load(new SiteFileSystem(siteDirectory), diagnostics);

    /// <summary>Reads content/ through <paramref name="site"/>, so nothing outside the site folder and no FIFO is ever opened.</summary>
    public static ContentSet Load(SiteFileSystem site, DiagnosticBag diagnostics)
    {
        var teams = Parse(site, "content/teams", recursive: false, diagnostics, (file, text) => ContentParser.ParseTeam(file, text, diagnostics));
        var kpis = Parse(site, "content/kpis", recursive: false, diagnostics, (file, text) => ContentParser.ParseKpi(file, text, diagnostics));
        var objectives = Parse(site, "content/okrs", recursive: true, diagnostics, (file, text) => ContentParser.ParseObjective(file, text, FolderPeriod(file), diagnostics));

        PageText? index = null;
        var indexFile = site.Classify("content/index.md");
        if (indexFile.IsProblem)
        {
            EntryCodes.Content.Report(indexFile, diagnostics);
        }
        else if (indexFile.Kind == EntryKind.File && SiteFiles.ReadText(site, indexFile, diagnostics) is { } indexText)
        {
            index = ContentParser.ParsePage(indexFile.Path, indexText, diagnostics);
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

    private static ImmutableArray<T> Parse<T>(SiteFileSystem site, string folder, bool recursive, DiagnosticBag diagnostics, Func<string, string, T?> parse)
        where T : class
    {
        var listing = site.List(folder, recursive ? int.MaxValue : 1, name => name.EndsWith(".md", StringComparison.Ordinal));
        foreach (var problem in listing.Problems)
        {
            EntryCodes.Content.Report(problem, diagnostics);
        }

        var files = listing.Files;
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var text = SiteFiles.ReadText(site, files[i], diagnostics);
            results[i] = text is null ? null : parse(files[i].Path, text);
        });
        return [.. results.OfType<T>()];
    }
}
