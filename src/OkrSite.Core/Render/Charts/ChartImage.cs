using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// One chart, rendered twice so that it follows the page's light and dark colours (the page shows it with a
/// &lt;picture&gt; and a prefers-color-scheme source). <see cref="AltText"/> states the latest value and the trend.
/// The SVGs are kept as the UTF-8 bytes of their files (do not change them); two images are equal when their bytes are.
/// </summary>
internal sealed record ChartImage(byte[] LightUtf8, byte[] DarkUtf8, string AltText, int Width, int Height)
{
    /// <summary>The light SVG as text.</summary>
    public string LightSvg => Encoding.UTF8.GetString(LightUtf8);

    /// <summary>The dark SVG as text.</summary>
    public string DarkSvg => Encoding.UTF8.GetString(DarkUtf8);

    public bool Equals(ChartImage? other) =>
        other is not null && LightUtf8.AsSpan().SequenceEqual(other.LightUtf8) && DarkUtf8.AsSpan().SequenceEqual(other.DarkUtf8)
        && AltText == other.AltText && Width == other.Width && Height == other.Height;

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(LightUtf8);
        hash.AddBytes(DarkUtf8);
        hash.Add(AltText);
        hash.Add(Width);
        hash.Add(Height);
        return hash.ToHashCode();
    }
}
