namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as one SVG. The rest of OkrSite (the chart stage, the cache) sees only this, so a
/// chart kind or the drawing library can change without touching them. Implementations are thread-safe and
/// deterministic: the same spec gives the same bytes on every machine.
/// </summary>
internal interface IChartBackend
{
    /// <summary>Changes whenever the same spec would give other bytes (layouts, fonts, CSS); part of the cache key.</summary>
    string Version { get; }

    ChartImage Render(ChartSpec spec);
}
