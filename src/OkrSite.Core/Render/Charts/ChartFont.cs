using ScottPlot;
using SkiaSharp;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The one font every chart measures and places its text with: DejaVu Sans, embedded in this assembly
/// (Fonts/DejaVuSans-Subset.ttf), so a chart has the same layout and bytes on every machine whatever fonts it has
/// installed. ScottPlot finds it by <see cref="Name"/> through a font resolver that is registered once, before
/// the first chart, ahead of the system font resolver. The font is a subset (Latin, Greek, Cyrillic, punctuation and
/// symbols; see Fonts/README.md) because Skia's SVG output looks up every glyph of the font for each text it writes.
/// </summary>
internal static class ChartFont
{
    /// <summary>The name charts ask ScottPlot for. Deliberately not a system font's name, so it cannot resolve to one.</summary>
    public const string Name = "OkrSite Embedded DejaVu Sans";

    /// <summary>The font-family the SVG asks the browser for: the same font if it has it, else close metrics.</summary>
    public const string CssFamily = "DejaVu Sans, Verdana, sans-serif";

    private const string ResourceName = "OkrSite.Core.Fonts.DejaVuSans-Subset.ttf";

    private static readonly Lazy<SKTypeface> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded typeface, registered with ScottPlot on first use (thread-safe, once per process).</summary>
    public static SKTypeface Typeface => Registration.Value;

    /// <summary>Makes sure ScottPlot resolves <see cref="Name"/> to the embedded font. Call before creating a Plot.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static SKTypeface Register()
    {
        var typeface = Load();

        // ScottPlot asks its resolvers in order; ours goes first and answers only to our own name. Fonts.Default is
        // what every new LabelStyle starts with; the charts also set the name on every label explicitly.
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Name, typeface));
        ScottPlot.Fonts.Default = Name;
        return typeface;
    }

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing from {typeof(ChartFont).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} could not be read.");
    }

    /// <summary>Resolves one name to the embedded typeface, in every weight and slant (only the regular face is shipped).</summary>
    private sealed class EmbeddedFontResolver(string name, SKTypeface typeface) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Match(fontName);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Match(fontName);

        private SKTypeface? Match(string fontName) => string.Equals(fontName, name, StringComparison.Ordinal) ? typeface : null;
    }
}
