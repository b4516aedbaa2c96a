namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The visible range of the value axis: every value that must show, with some air above and below. The range is in
/// plot units, value / <see cref="Scale"/>: for values of 1e15 and more the scale is a power of ten that brings them
/// below 10, so that no difference ScottPlot takes (max − min, value − min, the padding) can overflow, whatever finite
/// values the data holds (−1.7e308 and 1.7e308 are 3.4e308 apart, beyond the range of double).
/// </summary>
internal readonly record struct ValueRange(double Min, double Max, double Scale = 1)
{
    /// <summary>From this magnitude on, values are plotted scaled and labelled in exponent notation.</summary>
    public const double LargeMagnitude = 1e15;

    // A span this small relative to its values is one value for the tick generator: its steps would be below the
    // resolution of double at that magnitude (1e20 and the next double up), and the axis must not depend on that.
    private const double RelativeResolution = 1e-12;

    public double Span => Max - Min;

    /// <summary>Where <paramref name="value"/> goes on the plot.</summary>
    public double Y(double value) => value / Scale;

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

        var magnitude = Math.Max(Math.Abs(min), Math.Abs(max));
        var scale = magnitude >= LargeMagnitude ? Math.Pow(10, Math.Floor(Math.Log10(magnitude))) : 1;
        (min, max) = (min / scale, max / scale);

        if (max - min < 1e-9 || max - min < Math.Max(Math.Abs(min), Math.Abs(max)) * RelativeResolution)
        {
            // One value, or all equal: centre it in a range of ±10 % (±1 around zero).
            var half = Math.Abs(min) > 1e-9 ? Math.Abs(min) * 0.1 : 1;
            return new(min - half, max + half, scale);
        }

        var pad = (max - min) * 0.08;
        return new(min - pad, max + pad, scale);
    }
}
