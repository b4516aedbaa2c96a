namespace OkrSite.Core.Render.Charts;

/// <summary>The visible range of the value axis: every value that must show, with some air above and below.</summary>
internal readonly record struct ValueRange(double Min, double Max)
{
    public double Span => Max - Min;

    /// <summary>The range that shows <paramref name="values"/> (0..1 when there are none), padded by 8 % on each side.</summary>
    public static ValueRange Around(IEnumerable<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }
        }

        if (min > max)
        {
            return new(0, 1);
        }

        if (max - min < 1e-9)
        {
            // One value, or all equal: centre it in a range of ±10 % (±1 around zero).
            var half = Math.Abs(min) > 1e-9 ? Math.Abs(min) * 0.1 : 1;
            return new(min - half, max + half);
        }

        var pad = (max - min) * 0.08;
        return new(min - pad, max + pad);
    }
}
