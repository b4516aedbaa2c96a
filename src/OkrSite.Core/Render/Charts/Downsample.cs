namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Min/max downsampling (the "MinMax" of plotting libraries such as tsdownsample and plotly-resampler): a series is
/// cut into buckets of equal width on the x axis, two pixel columns each, and every bucket keeps only its lowest and
/// its highest point, in their order. A line through those points covers, column by column, the same range of values
/// as the line through all of them, so every peak and dip stays where it was; and the first and the last point stay,
/// so the line starts and ends where it did. The drawing has no more points than pixel columns; the data table and
/// the data files keep every value.
/// </summary>
internal static class Downsample
{
    /// <summary>
    /// The points to draw of <paramref name="points"/> (sorted by x) on a plot whose <paramref name="columns"/> pixel
    /// columns show x from <paramref name="from"/> to <paramref name="to"/>: the points themselves when there are no
    /// more of them than columns, else at most <paramref name="columns"/> of them (points outside the range count in
    /// the bucket at its edge). Deterministic: the same input gives the same points.
    /// </summary>
    public static IReadOnlyList<ChartPoint> MinMax(IReadOnlyList<ChartPoint> points, double from, double to, int columns)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count <= Math.Max(columns, 2) || !(to > from))
        {
            return points;
        }

        // Two per bucket and the first and the last point: never more than the columns.
        var buckets = Math.Max(1, (columns - 2) / 2);
        var scale = buckets / (to - from);
        var kept = new List<ChartPoint>(2 * buckets + 2) { points[0] };
        var start = 1;
        var end = points.Count - 1; // the last point is added at the end
        while (start < end)
        {
            var bucket = Bucket(points[start].X);
            int low = start, high = start, i = start + 1;
            for (; i < end && Bucket(points[i].X) == bucket; i++)
            {
                if (points[i].Value < points[low].Value)
                {
                    low = i;
                }

                if (points[i].Value > points[high].Value)
                {
                    high = i;
                }
            }

            kept.Add(points[Math.Min(low, high)]);
            if (low != high)
            {
                kept.Add(points[Math.Max(low, high)]);
            }

            start = i;
        }

        kept.Add(points[^1]);
        return kept;

        int Bucket(double x) => (int)Math.Clamp(Math.Floor((x - from) * scale), 0, buckets - 1);
    }
}
