using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.FileSystemGlobbing;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// Reads every CSV file matched by site.json <c>data</c> (in parallel) and merges them into one series per metric.
/// Files are merged in ordinal path order, so when a metric and date appear twice the file that sorts last wins,
/// whatever order the files were read in.
/// </summary>
public static class DataLoader
{
    public static DataSet Load(string siteDirectory, SiteConfig config, DiagnosticBag diagnostics)
    {
        var files = Match(siteDirectory, config.Data, diagnostics);
        var collectors = new FileCollector[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var collector = new FileCollector();
            try
            {
                using var stream = File.OpenRead(Path.Combine(siteDirectory, files[i]));
                CsvDataReader.Read(stream, files[i], config.Csv, collector, diagnostics);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Codes.DataUnreadable, new SourceSpan(files[i]), $"the file cannot be read: {ex.Message}");
            }

            collectors[i] = collector;
        });
        return Merge(files, collectors, diagnostics);
    }

    /// <summary>Files matched by the globs, relative to the site folder, distinct and sorted ordinally.</summary>
    public static IReadOnlyList<string> Match(string siteDirectory, IEnumerable<string> globs, DiagnosticBag diagnostics)
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var glob in globs)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(glob);
            var found = matcher.GetResultsInFullPath(siteDirectory).Select(p => SiteFiles.Relative(siteDirectory, p)).ToList();
            if (found.Count == 0 && !IsDefaultWithoutFolder(siteDirectory, glob))
            {
                diagnostics.Add(Codes.DataNoFiles, new SourceSpan("site.json"), $"data glob '{glob}' matches no file");
            }

            all.UnionWith(found);
        }

        return [.. all];
    }

    internal static DataSet Merge(IReadOnlyList<string> files, IReadOnlyList<FileCollector> collectors, DiagnosticBag diagnostics)
    {
        var merged = new Dictionary<string, Dictionary<DateOnly, (DataPoint Point, string File, int Line)>>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var (metric, points) in collectors[i].Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                if (!merged.TryGetValue(metric, out var byDate))
                {
                    byDate = [];
                    merged.Add(metric, byDate);
                }

                foreach (var (date, value, note, line) in points)
                {
                    if (byDate.TryGetValue(date, out var earlier))
                    {
                        var where = earlier.File == files[i] ? $"line {earlier.Line}" : $"{earlier.File} line {earlier.Line}";
                        diagnostics.Add(Codes.DataDuplicate, new SourceSpan(files[i], line), string.Create(CultureInfo.InvariantCulture, $"metric '{metric}' on {date:yyyy-MM-dd} already has a value at {where}; this later value {value} wins"));
                    }

                    byDate[date] = (new DataPoint(date, value, note), files[i], line);
                }
            }
        }

        var series = merged.ToImmutableSortedDictionary(
            m => m.Key,
            m => new Series(m.Key, [.. m.Value.Values.Select(v => v.Point).OrderBy(p => p.Date)]),
            StringComparer.Ordinal);
        return new DataSet(series, [.. files]);
    }

    private static bool IsDefaultWithoutFolder(string siteDirectory, string glob) =>
        SiteConfig.DefaultData.Contains(glob) && !Directory.Exists(Path.Combine(siteDirectory, "content", "data"));
}
