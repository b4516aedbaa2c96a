namespace OkrSite.Core.Render.Charts;

/// <summary>
/// One chart, rendered twice so that it follows the page's light and dark colours (the page shows it with a
/// &lt;picture&gt; and a prefers-color-scheme source). <see cref="AltText"/> states the latest value and the trend.
/// </summary>
public sealed record ChartImage(string LightSvg, string DarkSvg, string AltText, int Width, int Height);
