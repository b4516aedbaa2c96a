using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.FileSystemGlobbing;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// Reads every CSV file matched by site.json <c>data</c> (in parallel) and merges them into one series per metric.
/// Files are merged in ordinal path order, so when a metric and date appear twice the file that sorts last wins,
/// whatever order the files were read in.
/// </summary>
internal static class DataLoader
{
    public static DataSet Load(string siteDirectory, SiteConfig config, DiagnosticBag diagnostics) => Load(new SiteFileSystem(siteDirectory), config, diagnostics);

    /// <param name="cache">Files read by earlier builds of this process (okrsite serve); null reads every file.</param>
    public static DataSet Load(SiteFileSystem site, SiteConfig config, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var files = Match(site, config, diagnostics);
        var collectors = new FileCollector[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            if (cache is not null)
            {
                collectors[i] = ReadCached(site, files[i], config.Csv, diagnostics, cache);
                return;
            }

            var collector = new FileCollector();
            try
            {
                using var stream = site.OpenRead(files[i].RealPath);
                CsvDataReader.Read(stream, files[i].Path, config.Csv, collector, diagnostics);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Codes.DataUnreadable, new SourceSpan(files[i].Path), $"the file cannot be read: {ex.Message}");
            }

            collectors[i] = collector;
        });
        IReadOnlyList<string> paths = [.. files.Select(f => f.Path)];
        return cache is null ? Merge(paths, collectors, diagnostics) : cache.Merged(paths, collectors, diagnostics, bag => Merge(paths, collectors, bag));
    }

    /// <summary>
    /// One file through <paramref name="cache"/>: read whole (serve's files are exports of a few MB), parsed only
    /// when its bytes or site.json <c>csv</c> changed. A collector is never changed once read, so builds share it.
    /// </summary>
    private static FileCollector ReadCached(SiteFileSystem site, SiteEntry file, CsvOptions csv, DiagnosticBag diagnostics, LoadCache cache)
    {
        byte[] bytes;
        try
        {
            bytes = site.ReadAllBytes(file.RealPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.DataUnreadable, new SourceSpan(file.Path), $"the file cannot be read: {ex.Message}");
            return new FileCollector();
        }

        return cache.Get("data", file.Path, bytes, csv, diagnostics, bag =>
        {
            var collector = new FileCollector();
            using var stream = new MemoryStream(bytes, writable: false);
            CsvDataReader.Read(stream, file.Path, csv, collector, bag);
            return collector;
        })!;
    }

    /// <summary>
    /// The files matched by the globs, distinct and sorted ordinally by the path messages show. Each glob is matched
    /// over a listing of <see cref="SiteFileSystem"/> (never by the matcher's own walk, which follows links out of the
    /// site and accepts '..'), and every matched entry that is not a regular file inside its folder is reported.
    /// </summary>
    public static IReadOnlyList<SiteEntry> Match(SiteFileSystem site, SiteConfig config, DiagnosticBag diagnostics) =>
        Match(site, config, config.Data, SiteConfig.DefaultData, "data glob", Codes.DataNoFiles, diagnostics);

    /// <summary>The same for other globs matched like data (checkIns.files): a default glob whose folder does not exist matches nothing, silently.</summary>
    public static IReadOnlyList<SiteEntry> Match(SiteFileSystem site, SiteConfig config, IReadOnlyList<string> globs, IReadOnlyList<string> defaults, string what, DiagnosticCode noFiles, DiagnosticBag diagnostics)
    {
        var roots = new Dictionary<string, SiteFileSystem?>(StringComparer.Ordinal);
        var all = new SortedDictionary<string, SiteEntry>(StringComparer.Ordinal);
        foreach (var text in globs)
        {
            if (DataGlob.Parse(text, config.DataFolders, out var problem) is not { } glob)
            {
                diagnostics.Add(Codes.DataGlobOutside, new SourceSpan("site.json"), problem!);
                continue;
            }

            var root = glob.Folder is null ? site : Folder(site, glob.Folder, config.DataFolders[glob.Folder], roots, diagnostics);
            if (root is null)
            {
                continue;
            }

            var listing = root.List(glob.BaseFolder, glob.Depth, _ => true);
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(glob.Pattern);
            // The glob's own folder (content/data as a link out of the site, or to nothing) is reported whatever the
            // pattern: nothing under it can match, and "matches no file" would hide why.
            bool Always(SiteEntry e) => IsFolderProblem(e) || Unprefixed(e.Path, glob.Folder) == glob.BaseFolder;
            var byPath = listing.Files.Concat(listing.Problems.Where(p => !Always(p))).ToDictionary(e => Path.Combine(root.Root, Unprefixed(e.Path, glob.Folder)), StringComparer.Ordinal);
            var matched = matcher.Match(root.Root, byPath.Keys).Files.Select(f => byPath[Path.Combine(root.Root, f.Path)]).ToList();
            foreach (var entry in listing.Problems.Where(Always).Concat(matched.Where(e => e.IsProblem)))
            {
                EntryCodes.Data.Report(entry, diagnostics);
            }

            var found = matched.Where(e => !e.IsProblem).ToList();
            if (found.Count == 0 && matched.Count == 0 && !listing.Problems.Any(Always) && !IsDefaultWithoutFolder(site, text, defaults))
            {
                diagnostics.Add(noFiles, new SourceSpan("site.json"), $"{what} '{text}' matches no file");
            }

            foreach (var entry in found)
            {
                all.TryAdd(entry.Path, entry);
            }
        }

        return [.. all.Values];
    }

    /// <summary>A data folder named in site.json, confined to its own real path; null (reported once) when it is not a folder.</summary>
    private static SiteFileSystem? Folder(SiteFileSystem site, string name, string path, Dictionary<string, SiteFileSystem?> roots, DiagnosticBag diagnostics)
    {
        if (roots.TryGetValue(name, out var known))
        {
            return known;
        }

        var full = Path.GetFullPath(Path.Combine(site.Root, path));
        SiteFileSystem? root = null;
        if (site.FolderExists(full))
        {
            root = site.Other(full, name + ":", $"data folder '{name}'");
        }
        else
        {
            diagnostics.Add(Codes.SiteConfigBadDataFolder, new SourceSpan("site.json"), $"data folder '{name}' is '{path}', which is not a folder; create it, or fix the path in dataFolders");
        }

        roots[name] = root;
        return root;
    }

    private static string Unprefixed(string path, string? folder) => folder is null ? path : path[(folder.Length + 1)..];

    // A folder the walk could not enter is reported whatever the glob's file part; a file only when the glob matches it.
    private static bool IsFolderProblem(SiteEntry entry) => entry.IsFolder || entry.Kind == EntryKind.Unreadable;


    internal static DataSet Merge(IReadOnlyList<string> files, IReadOnlyList<FileCollector> collectors, DiagnosticBag diagnostics)
    {
        var byMetric = new Dictionary<string, List<(int File, List<(DateOnly Date, double Value, string? Note, int Line)> Points)>>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var (metric, points) in collectors[i].Metrics)
            {
                if (!byMetric.TryGetValue(metric, out var parts))
                {
                    parts = [];
                    byMetric.Add(metric, parts);
                }

                parts.Add((i, points));
            }
        }

        var declared = ImmutableArray.CreateBuilder<MetricDeclaration>();
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var (metric, line, column, isColumn) in collectors[i].Declared)
            {
                declared.Add(new MetricDeclaration(metric, new SourceSpan(files[i], line, column), isColumn));
            }
        }

        var merged = new Series[byMetric.Count];
        var metrics = byMetric.Keys.Order(StringComparer.Ordinal).ToArray();
        Parallel.For(0, metrics.Length, m => merged[m] = MergeMetric(metrics[m], byMetric[metrics[m]], files, diagnostics));
        var series = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, metrics.Select((metric, m) => KeyValuePair.Create(metric, merged[m])));
        return new DataSet(series, [.. files]) { Declared = declared.ToImmutable() };
    }

    /// <summary>
    /// One metric's values from every file, sorted by date. Where a date repeats, the value read last wins (files in
    /// path order, rows in file order) and each value it replaces is reported. Exports are usually one file with the
    /// dates in order, which needs no sort at all.
    /// </summary>
    private static Series MergeMetric(string metric, List<(int File, List<(DateOnly Date, double Value, string? Note, int Line)> Points)> parts, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        if (parts.Count == 1 && IsStrictlyIncreasing(parts[0].Points))
        {
            var file = parts[0].File;
            return new Series(metric, [.. parts[0].Points.Select(p => new DataPoint(p.Date, p.Value, p.Note, file, p.Line))]);
        }

        var all = new List<(DateOnly Date, double Value, string? Note, int File, int Line, int Order)>(parts.Sum(p => p.Points.Count));
        foreach (var (file, points) in parts)
        {
            foreach (var (date, value, note, line) in points)
            {
                all.Add((date, value, note, file, line, all.Count));
            }
        }

        // Order is the reading order (files by path, then rows), so among equal dates the last one read sorts last.
        all.Sort((x, y) => x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.Order.CompareTo(y.Order));
        var result = ImmutableArray.CreateBuilder<DataPoint>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var point = all[i];
            if (i + 1 < all.Count && all[i + 1].Date == point.Date)
            {
                continue; // replaced by a later value; reported when that one is taken
            }

            for (var j = i - 1; j >= 0 && all[j].Date == point.Date; j--)
            {
                var (earlier, later) = (all[j], all[j + 1]);
                var where = earlier.File == later.File ? $"line {earlier.Line}" : $"{files[earlier.File]} line {earlier.Line}";
                diagnostics.Add(Codes.DataDuplicate, new SourceSpan(files[later.File], later.Line), string.Create(CultureInfo.InvariantCulture, $"metric '{metric}' on {point.Date:yyyy-MM-dd} already has a value at {where}; this later value {later.Value} wins"));
            }

            result.Add(new DataPoint(point.Date, point.Value, point.Note, point.File, point.Line));
        }

        return new Series(metric, result.ToImmutable());
    }

    private static bool IsStrictlyIncreasing(List<(DateOnly Date, double Value, string? Note, int Line)> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Date <= points[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDefaultWithoutFolder(SiteFileSystem site, string glob, IReadOnlyList<string> defaults) =>
        defaults.Contains(glob) && DataGlob.Parse(glob, DataGlob.NoFolders, out _) is { } parsed && !site.FolderExists(Path.Combine(site.Root, parsed.BaseFolder));
}
