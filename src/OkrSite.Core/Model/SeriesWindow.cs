using System.Runtime.InteropServices;

namespace OkrSite.Core.Model;

/// <summary>
/// The points of a series that a metric key result's chart and table show: the last value before its period starts
/// (the baseline point), then the values in the period up to min(asOf, period end). A slice of the series, never a
/// copy: a large site has millions of points.
/// </summary>
public sealed record SeriesWindow(Series Series, int Start, int Count)
{
    /// <summary>The points, in date order, as a read-only view of the series.</summary>
    public IReadOnlyList<DataPoint> Points => Count == 0
        ? Array.Empty<DataPoint>()
        : new ArraySegment<DataPoint>(ImmutableCollectionsMarshal.AsArray(Series.Points)!, Start, Count);

    public DataPoint? First => Count == 0 ? null : Series.Points[Start];

    public DataPoint? Last => Count == 0 ? null : Series.Points[Start + Count - 1];
}
