using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Charts;

/// <summary>The site's two chart kinds drawn by the default backend, in English (for tests and tools).</summary>
internal static class ChartRenderer
{
    /// <summary>The chart of a metric key result; see <see cref="KeyResultChart"/>.</summary>
    /// <exception cref="ArgumentException">The key result is a milestone.</exception>
    public static ChartImage KeyResult(Objective objective, KeyResult kr, DateOnly asOf, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(kr);
        return ScottPlotBackend.Instance.Render(KeyResultChart.From(objective, kr, asOf, name).Spec(ChartFormat.English));
    }

    /// <summary>The chart of a KPI; see <see cref="KpiTrendChart"/>.</summary>
    public static ChartImage KpiTrend(Kpi kpi, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return ScottPlotBackend.Instance.Render(KpiTrendChart.From(kpi, asOf).Spec(ChartFormat.English));
    }

    /// <summary>Skia's SVG of a plot as text (for tests).</summary>
    internal static string Svg(ScottPlot.Plot plot, int width, int height) => ScottPlotBackend.Svg(plot, width, height);
}
