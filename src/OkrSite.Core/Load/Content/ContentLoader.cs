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
    public const string TeamsFolder = "content/teams";
    public const string KpisFolder = "content/kpis";
    public const string OkrsFolder = "content/okrs";

    public static ContentSet Load(string siteDirectory, DiagnosticBag diagnostics) => Load(new SiteFileSystem(siteDirectory), diagnostics);

    /// <summary>Reads content/ through <paramref name="site"/>, so nothing outside the site folder and no FIFO is ever opened.</summary>
    /// <param name="cache">Files parsed by earlier builds of this process (okrsite serve); null reads every file.</param>
    public static ContentSet Load(SiteFileSystem site, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var unread = ImmutableArray.CreateBuilder<string>();
        var teams = Parse(site, TeamsFolder, recursive: false, diagnostics, cache, ContentParser.ParseTeam, unread);
        var kpis = Parse(site, KpisFolder, recursive: false, diagnostics, cache, ContentParser.ParseKpi, unread);
        var objectives = Parse(site, OkrsFolder, recursive: true, diagnostics, cache, (file, text, bag) => ContentParser.ParseObjective(file, text, FolderPeriod(file), bag), unread);

        PageText? index = null;
        var indexFile = site.Classify("content/index.md");
        if (indexFile.IsProblem)
        {
            EntryCodes.Content.Report(indexFile, diagnostics);
        }
        else if (indexFile.Kind == EntryKind.File)
        {
            index = Read(site, indexFile, diagnostics, cache, ContentParser.ParsePage);
        }

        return new ContentSet(teams, kpis, objectives, index) { Unread = unread.ToImmutable() };
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

    private static ImmutableArray<T> Parse<T>(SiteFileSystem site, string folder, bool recursive, DiagnosticBag diagnostics, LoadCache? cache, Func<string, string, DiagnosticBag, T?> parse, ImmutableArray<string>.Builder unread)
        where T : class
    {
        var listing = site.List(folder, recursive ? int.MaxValue : 1, name => name.EndsWith(".md", StringComparison.Ordinal));
        foreach (var problem in listing.Problems)
        {
            EntryCodes.Content.Report(problem, diagnostics);
        }

        var files = listing.Files;
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = Read(site, files[i], diagnostics, cache, parse));
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i] is null)
            {
                unread.Add(files[i].Path);
            }
        }

        return [.. results.OfType<T>()];
    }

    /// <summary>One file read and parsed, or its parse from <paramref name="cache"/> when its bytes are unchanged.</summary>
    private static T? Read<T>(SiteFileSystem site, SiteEntry file, DiagnosticBag diagnostics, LoadCache? cache, Func<string, string, DiagnosticBag, T?> parse)
        where T : class
    {
        if (SiteFiles.ReadBytes(site, file, diagnostics) is not { } bytes)
        {
            return null;
        }

        T? Parse(DiagnosticBag bag) => SiteFiles.DecodeText(file, bytes, bag) is { } text ? parse(file.Path, text, bag) : null;
        return cache is null ? Parse(diagnostics) : cache.Get("content", file.Path, bytes, null, diagnostics, Parse);
    }
}
