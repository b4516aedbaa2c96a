using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// One chart as one SVG file that follows the page's light or dark scheme by itself (CSS inside it), and draws a
/// wide and a narrow layout of which the image's width picks one (see <see cref="ChartLayout"/>).
/// <see cref="Width"/>×<see cref="Height"/> is the wide layout's size, the aspect ratio a page reserves for it.
/// The SVG is kept as the UTF-8 bytes of its file (do not change them); two images are equal when their bytes are.
/// </summary>
internal sealed record ChartImage(byte[] Utf8, string AltText, int Width, int Height)
{
    /// <summary>The SVG as text.</summary>
    public string Svg => Encoding.UTF8.GetString(Utf8);

    public bool Equals(ChartImage? other) =>
        other is not null && Utf8.AsSpan().SequenceEqual(other.Utf8) && AltText == other.AltText && Width == other.Width && Height == other.Height;

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Utf8);
        hash.Add(AltText);
        hash.Add(Width);
        hash.Add(Height);
        return hash.ToHashCode();
    }
}
