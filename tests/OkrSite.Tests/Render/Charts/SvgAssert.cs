using System.Text.RegularExpressions;
using System.Xml.Linq;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Tests.Render.Charts;

/// <summary>Checks every chart SVG must pass, and ways to look into its two drawings.</summary>
internal static partial class SvgAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>
    /// Parses the SVG and checks its shape: a root that fills the image, a style sheet with a dark scheme, the wide and
    /// the narrow drawing each with its viewBox and no size of its own (so it fills the root), every colour a class (none written into an attribute), no font but the
    /// shipped one (named once, in the style sheet), and a class in the style sheet for every class used.
    /// </summary>
    public static XDocument Valid(string svg)
    {
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal(("100%", "100%"), ((string?)root.Attribute("width"), (string?)root.Attribute("height")));
        var style = root.Element(Svg + "style")?.Value ?? string.Empty;
        Assert.Contains("@media (prefers-color-scheme:dark){", style, StringComparison.Ordinal);

        var drawings = root.Elements(Svg + "svg").ToList();
        Assert.Equal(["wide", "narrow"], drawings.Select(d => (string?)d.Attribute("class")));
        foreach (var (drawing, layout) in drawings.Zip(ChartLayout.All))
        {
            Assert.Equal($"0 0 {layout.Width} {layout.Height}", (string?)drawing.Attribute("viewBox"));
            Assert.Equal((null, null), ((string?)drawing.Attribute("width"), (string?)drawing.Attribute("height"))); // auto: the parent's size
            Assert.All(drawing.Descendants(Svg + "text"), t => Assert.Equal(layout.FontSize, FontSize(t)));
        }

        Assert.DoesNotMatch("(fill|stroke)=\"#", svg);
        Assert.DoesNotContain(doc.Descendants(), e => e.Attribute("font-family") is not null);
        Assert.StartsWith("text{font-family:DejaVu Sans, Verdana, sans-serif;text-anchor:middle}", style, StringComparison.Ordinal);
        foreach (var name in Classes(svg).Where(c => c is not ("wide" or "narrow")))
        {
            Assert.NotNull(Declaration(style, name));
        }

        return doc;
    }

    /// <summary>One of the two drawings.</summary>
    public static XElement Drawing(XDocument doc, ChartLayout layout) =>
        doc.Root!.Elements(Svg + "svg").Single(d => (string?)d.Attribute("class") == layout.Name);

    /// <summary>A text's font size in its drawing's units: its own, or the one it inherits (a drawing's root gives its texts theirs).</summary>
    public static double FontSize(XElement text) =>
        double.Parse((string)text.AncestorsAndSelf().First(e => e.Attribute("font-size") is not null).Attribute("font-size")!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The texts of the wide drawing.</summary>
    public static IEnumerable<string> Texts(XDocument doc) => Texts(Drawing(doc, ChartLayout.Wide));

    public static IEnumerable<string> Texts(XElement drawing) =>
        drawing.Descendants(Svg + "text").Select(t => t.Value.Trim());

    /// <summary>The classes used in the SVG ("fa", "sl", …).</summary>
    public static IReadOnlySet<string> Classes(string svg) =>
        Class().Matches(svg).SelectMany(m => m.Groups[1].Value.Split(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The declaration ("fill:#59636e") of the first rule in <paramref name="css"/> whose selectors name the class
    /// (rules of the same declaration share one); null when none does.
    /// </summary>
    public static string? Declaration(string css, string cssClass) =>
        Rule().Matches(css).FirstOrDefault(m => m.Groups[1].Value.Split(',').Contains("." + cssClass, StringComparer.Ordinal))?.Groups[2].Value;

    [GeneratedRegex("class=\"([^\"]*)\"")]
    private static partial Regex Class();

    [GeneratedRegex(@"(?<=^|[{}\n])([^{}\n@]+)\{([^{}]*)\}")]
    private static partial Regex Rule();
}
