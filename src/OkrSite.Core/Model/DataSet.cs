using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>All series read from the CSV data, keyed by metric id (lower case: ids and CSV headers match case-insensitively).</summary>
internal sealed record DataSet(ImmutableSortedDictionary<string, Series> Series, ImmutableArray<string> Files)
{
    public static DataSet Empty { get; } = new(ImmutableSortedDictionary<string, Series>.Empty.WithComparers(StringComparer.Ordinal), []);

    /// <summary>
    /// Every metric each file names, once per file, in file order: also the ones whose cells are all empty, which
    /// have no series. The data-coverage rules check these against the KPIs and key results.
    /// </summary>
    public ImmutableArray<MetricDeclaration> Declared { get; init; } = [];

    /// <summary>The date of the newest value of any series, the default report date.</summary>
    public DateOnly? LatestDate => Series.Values.Where(s => !s.IsEmpty).Select(s => (DateOnly?)s.Points[^1].Date).Max();

    public Series? Find(string metric) => Series.GetValueOrDefault(Key(metric));

    /// <summary>The file and line a point was read from; none for a point that was not read from a file of this set.</summary>
    public SourceSpan RowOf(DataPoint point) =>
        point.HasRow && point.File >= 0 && point.File < Files.Length ? new SourceSpan(Files[point.File], point.Line) : SourceSpan.None;

    public static string Key(string metric) => metric.Trim().ToLowerInvariant();
}
