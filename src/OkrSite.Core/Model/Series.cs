using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>The values of one metric, sorted by date, at most one per date.</summary>
public sealed record Series(string Metric, ImmutableArray<DataPoint> Points)
{
    public bool IsEmpty => Points.IsDefaultOrEmpty;

    /// <summary>The latest point dated on or before <paramref name="date"/>, if any.</summary>
    public DataPoint? LatestOnOrBefore(DateOnly date)
    {
        var index = CountOnOrBefore(date) - 1;
        return index >= 0 ? Points[index] : null;
    }

    /// <summary>The latest point dated strictly before <paramref name="date"/>, if any.</summary>
    public DataPoint? LatestBefore(DateOnly date) => date == DateOnly.MinValue ? null : LatestOnOrBefore(date.AddDays(-1));

    /// <summary>The points dated on or before <paramref name="date"/>.</summary>
    public ImmutableArray<DataPoint> Until(DateOnly date)
    {
        var count = CountOnOrBefore(date);
        return count == Points.Length ? Points : Points.Slice(0, count);
    }

    /// <summary>
    /// The window a key result of a period from <paramref name="start"/> shows at <paramref name="until"/>: the last
    /// point before <paramref name="start"/>, if any, then the points from <paramref name="start"/> to <paramref name="until"/>.
    /// </summary>
    public SeriesWindow Window(DateOnly start, DateOnly until)
    {
        var before = start == DateOnly.MinValue ? 0 : CountOnOrBefore(start.AddDays(-1));
        var end = Math.Max(before, CountOnOrBefore(until));
        var first = before > 0 ? before - 1 : 0;
        return new SeriesWindow(this, first, end - first);
    }

    private int CountOnOrBefore(DateOnly date)
    {
        // Binary search for the first point after the date: series can hold years of daily values.
        int lo = 0, hi = Points.IsDefault ? 0 : Points.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Points[mid].Date <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
