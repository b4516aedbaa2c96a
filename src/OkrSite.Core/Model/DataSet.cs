using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>All series read from the CSV data, keyed by metric id (lower case: ids and CSV headers match case-insensitively).</summary>
public sealed record DataSet(ImmutableSortedDictionary<string, Series> Series, ImmutableArray<string> Files)
{
    public static DataSet Empty { get; } = new(ImmutableSortedDictionary<string, Series>.Empty.WithComparers(StringComparer.Ordinal), []);

    /// <summary>The date of the newest value of any series, the default report date.</summary>
    public DateOnly? LatestDate => Series.Values.Where(s => !s.IsEmpty).Select(s => (DateOnly?)s.Points[^1].Date).Max();

    public Series? Find(string metric) => Series.GetValueOrDefault(Key(metric));

    public static string Key(string metric) => metric.Trim().ToLowerInvariant();
}
