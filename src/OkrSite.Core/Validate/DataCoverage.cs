using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// The rules between the data and the content, so that nothing read is dropped without a word: a metric the CSV
/// files name that no KPI or key result shows (usually a typo in a header), a KPI without a value, and a metric key
/// result without a value in its period. All are warnings: the site still builds, and the pages say "no data yet".
/// </summary>
/// <remarks>
/// Exempt by construction: a wide file's date column and a long file's date, value, note and extra columns (unit,
/// source, ...) are never metrics; a key result with a manual <c>score:</c> needs no value; a key result of a period
/// that has not started has none yet; a key result whose metric is unknown altogether is OKR0307's, not reported twice.
/// </remarks>
internal static class DataCoverage
{
    private const int FilesShown = 5;

    public static void Check(ContentSet content, DataSet data, DateOnly asOf, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // What the site shows, by data key; the names as written, KPI ids first, for "did you mean".
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var name in content.Kpis.Select(k => k.Id)
                     .Concat(content.Objectives.SelectMany(o => o.KeyResults).Where(k => k.Metric is not null).Select(k => k.Metric!.Value.Value)))
        {
            if (shown.Add(DataSet.Key(name)))
            {
                names.Add(name);
            }
        }

        var unused = UnusedMetrics(content, data, shown, new Suggestions(names), diagnostics);
        if (!content.Kpis.IsEmpty)
        {
            KpisWithoutData(content, data, asOf, unused, diagnostics);
        }

        KeyResultsWithoutValue(content, data, asOf, diagnostics);
    }

    /// <summary>Reports each metric a file names that nothing shows; returns the first declaration of each, by key.</summary>
    private static Dictionary<string, MetricDeclaration> UnusedMetrics(ContentSet content, DataSet data, HashSet<string> shown, Suggestions names, DiagnosticBag diagnostics)
    {
        // Any metric may be the one an unread objective file's key result names, and a metric an unread KPI file may
        // be is that file's: either way the warning is a cascade of the file's own error, gone once it is fixed.
        var objectiveUnread = content.Unread.Any(path => path.StartsWith(ContentLoader.OkrsFolder + "/", StringComparison.Ordinal));
        var unused = new Dictionary<string, MetricDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in data.Declared)
        {
            var key = DataSet.Key(declaration.Metric);
            if (shown.Contains(key))
            {
                continue;
            }

            unused.TryAdd(key, declaration);
            if (objectiveUnread || content.MayBeUnread(ContentLoader.KpisFolder, declaration.Metric) || content.MayBeUnread(ContentLoader.KpisFolder, key))
            {
                continue;
            }

            var suggestion = names.For(declaration.Metric);
            var fix = suggestion.Length > 0 ? suggestion : $"; name it by a KPI id, or add content/kpis/{key}.md";
            diagnostics.Add(Codes.DataUnusedMetric, declaration.At, $"{What(declaration)} matches no KPI and no key result's metric, so its values are shown nowhere{fix}");
        }

        return unused;
    }

    private static void KpisWithoutData(ContentSet content, DataSet data, DateOnly asOf, Dictionary<string, MetricDeclaration> unused, DiagnosticBag diagnostics)
    {
        var declared = new Dictionary<string, MetricDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in data.Declared)
        {
            declared.TryAdd(DataSet.Key(declaration.Metric), declaration);
        }

        var nearest = new Nearest(unused);
        foreach (var kpi in content.Kpis)
        {
            var key = DataSet.Key(kpi.Id);
            var series = data.Find(kpi.Id);
            string why;
            if (series is { IsEmpty: false })
            {
                var first = series.Points[0];
                if (first.Date <= asOf)
                {
                    continue;
                }

                why = $"its first value is on {Date(first.Date)} ({Where(data.RowOf(first))}), after the report date {Date(asOf)}";
            }
            else if (declared.TryGetValue(key, out var declaration))
            {
                why = $"{What(declaration)} ({Where(declaration.At)}) has no values";
            }
            else if (data.Files.IsEmpty)
            {
                why = "no CSV file was read (the 'data' globs of site.json match no file)";
            }
            else
            {
                why = $"no column or metric is named '{kpi.Id}' in {Files(data)}{nearest.For(kpi.Id)}";
            }

            diagnostics.Add(Codes.KpiWithoutData, kpi.Source, $"KPI '{kpi.Id}' has no data: {why}; its pages say 'no data yet'");
        }
    }

    private static void KeyResultsWithoutValue(ContentSet content, DataSet data, DateOnly asOf, DiagnosticBag diagnostics)
    {
        var kpiIds = content.Kpis.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var objective in content.Objectives)
        {
            var period = objective.Period;
            if (period.Start > asOf)
            {
                continue;
            }

            var until = asOf < period.End ? asOf : period.End;
            var limit = until == asOf ? $"the report date {Date(asOf)}" : $"the end of {period} ({Date(until)})";
            foreach (var kr in objective.KeyResults)
            {
                if (kr.Type != KeyResultType.Metric || kr.Current is not null || kr.Score is not null || kr.Metric is not { } metric)
                {
                    continue;
                }

                var series = data.Find(metric.Value);
                if ((series is null && !kpiIds.Contains(metric.Value)) || series?.LatestOnOrBefore(until) is not null)
                {
                    continue;
                }

                var why = series is { IsEmpty: false }
                    ? $"the first value of '{metric.Value}' is on {Date(series.Points[0].Date)}, after {limit}"
                    : $"'{metric.Value}' has no values in the data";
                diagnostics.Add(Codes.KeyResultWithoutValue, kr.Source, $"key result '{kr.Id}' has no current value for {period}: {why}; add data up to {Date(until)}, or write 'current:'");
            }
        }
    }

    private static string What(MetricDeclaration declaration) => declaration.IsColumn ? $"column '{declaration.Metric}'" : $"metric '{declaration.Metric}'";

    private static string Where(SourceSpan at) => string.Create(CultureInfo.InvariantCulture, $"{at.File} line {at.Line}");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Files(DataSet data)
    {
        var files = data.Files;
        var listed = string.Join(", ", files.Take(FilesShown));
        return files.Length switch
        {
            1 => $"the file read, {listed}",
            <= FilesShown => string.Create(CultureInfo.InvariantCulture, $"the {files.Length} files read ({listed})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"the {files.Length} files read ({listed} and {files.Length - FilesShown} more)"),
        };
    }

    /// <summary>
    /// The unused column nearest to a KPI id, with where it is. Like <see cref="Suggestions"/>, each search compares
    /// with every unused name, so after <see cref="Suggestions.Budget"/> searches the rest go without.
    /// </summary>
    private sealed class Nearest(Dictionary<string, MetricDeclaration> unused)
    {
        private int _asked;
        private string[]? _names;

        public string For(string id)
        {
            if (unused.Count == 0 || _asked++ >= Suggestions.Budget)
            {
                return string.Empty;
            }

            _names ??= [.. unused.Values.Select(d => d.Metric)];
            return Suggest.Nearest(id, _names) is { } name && unused.TryGetValue(DataSet.Key(name), out var declaration)
                ? $"; the nearest unused name is {What(declaration)} ({Where(declaration.At)})"
                : string.Empty;
        }
    }
}
