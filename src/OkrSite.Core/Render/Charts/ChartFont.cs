using ScottPlot;
using SkiaSharp;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The one font every chart measures and places its text with: DejaVu Sans, embedded in this assembly
/// (Fonts/DejaVuSans-Subset.ttf), so a chart has the same layout and bytes on every machine whatever fonts it has
/// installed. ScottPlot finds it by <see cref="Name"/> through a font resolver that is registered once, before
/// the first chart, ahead of the system font resolver. The font is a subset (Latin, Greek, Cyrillic, punctuation and
/// symbols; see Fonts/README.md) because Skia's SVG output looks up every glyph of the font for each text it writes.
/// For the same reason text that is all printable ASCII (every tick label, most notes) is written with a second
/// subset of only those characters (Fonts/DejaVuSans-Ascii.ttf, <see cref="AsciiName"/>): the same glyphs with the
/// same metrics, so the same layout and bytes, at a fraction of the lookup. Text with a few common non-ASCII
/// characters (the typographic minus of every negative tick, the '·' of "75.8% · 31 Oct", Latin-1 letters and signs,
/// dashes, '…', '€') is written with a third subset of those (Fonts/DejaVuSans-Common.ttf, <see cref="CommonName"/>),
/// 231 characters against the 1,844 of the larger one. <see cref="For"/> picks the smallest font that has the text.
/// </summary>
internal static class ChartFont
{
    /// <summary>The name charts ask ScottPlot for. Deliberately not a system font's name, so it cannot resolve to one.</summary>
    public const string Name = "OkrSite Embedded DejaVu Sans";

    /// <summary>The name of the printable-ASCII subset, for text that has no other characters.</summary>
    public const string AsciiName = "OkrSite Embedded DejaVu Sans ASCII";

    /// <summary>The name of the common subset (see <see cref="IsCommon"/>), for text with a few characters beyond ASCII.</summary>
    public const string CommonName = "OkrSite Embedded DejaVu Sans Common";

    /// <summary>The font-family the SVG asks the browser for: the same font if it has it, else close metrics.</summary>
    public const string CssFamily = "DejaVu Sans, Verdana, sans-serif";

    private const string ResourceName = "OkrSite.Core.Fonts.DejaVuSans-Subset.ttf";
    private const string AsciiResourceName = "OkrSite.Core.Fonts.DejaVuSans-Ascii.ttf";
    private const string CommonResourceName = "OkrSite.Core.Fonts.DejaVuSans-Common.ttf";

    /// <summary>The characters of the common subset: the --unicodes of its fontTools command in Fonts/README.md.</summary>
    private static readonly System.Buffers.SearchValues<char> CommonCharacters = System.Buffers.SearchValues.Create(string.Concat(
        Range(0x20, 0x7E), Range(0xA0, 0xFF), Range(0x2009, 0x200B), Range(0x2010, 0x2027), "\u202F\u2030\u2039\u203A\u20AC\u2122",
        Range(0x2190, 0x2193), "\u2212\u2264\u2265"));

    private static readonly Lazy<(SKTypeface Full, SKTypeface Ascii, SKTypeface Common)> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded typeface, registered with ScottPlot on first use (thread-safe, once per process).</summary>
    public static SKTypeface Typeface => Registration.Value.Full;

    /// <summary>The embedded printable-ASCII typeface.</summary>
    public static SKTypeface AsciiTypeface => Registration.Value.Ascii;

    /// <summary>The embedded common typeface.</summary>
    public static SKTypeface CommonTypeface => Registration.Value.Common;

    /// <summary>Makes sure ScottPlot resolves <see cref="Name"/> to the embedded font. Call before creating a Plot.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    /// <summary>
    /// The font name for <paramref name="text"/>: <see cref="AsciiName"/> when it is all printable ASCII, else
    /// <see cref="CommonName"/> when every character is in the common subset, else <see cref="Name"/>.
    /// </summary>
    public static string For(string? text) => IsPrintableAscii(text) ? AsciiName : IsCommon(text) ? CommonName : Name;

    /// <summary>Whether every character is one of the common subset's (an empty text is).</summary>
    public static bool IsCommon(string? text) => !(text ?? string.Empty).AsSpan().ContainsAnyExcept(CommonCharacters);

    /// <summary>Whether every character is in U+0020…U+007E, the characters of the ASCII subset (an empty text is).</summary>
    public static bool IsPrintableAscii(string? text) => !(text ?? string.Empty).AsSpan().ContainsAnyExceptInRange(' ', '~');

    private static (SKTypeface, SKTypeface, SKTypeface) Register()
    {
        var full = Load(ResourceName);
        var ascii = Load(AsciiResourceName);
        var common = Load(CommonResourceName);

        // ScottPlot asks its resolvers in order; ours goes first and answers only to our own names. Fonts.Default is
        // what every new LabelStyle starts with; the charts also set the name on every label explicitly.
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(full, ascii, common));
        ScottPlot.Fonts.Default = Name;
        return (full, ascii, common);
    }

    private static string Range(int first, int last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);

    private static SKTypeface Load(string resourceName)
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded font {resourceName} is missing from {typeof(ChartFont).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {resourceName} could not be read.");
    }

    /// <summary>Resolves our three names to the embedded typefaces, in every weight and slant (only the regular face is shipped).</summary>
    private sealed class EmbeddedFontResolver(SKTypeface full, SKTypeface ascii, SKTypeface common) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Match(fontName);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Match(fontName);

        private SKTypeface? Match(string fontName) => fontName switch
        {
            Name => full,
            AsciiName => ascii,
            CommonName => common,
            _ => null,
        };
    }
}
