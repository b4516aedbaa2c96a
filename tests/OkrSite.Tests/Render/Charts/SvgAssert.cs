using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OkrSite.Tests.Render.Charts;

/// <summary>Checks every chart SVG must pass, and ways to compare two of them.</summary>
internal static partial class SvgAssert
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses the SVG and checks its root, size and viewBox, and that it names no font but the shipped one.</summary>
    public static XDocument Valid(string svg, int width, int height)
    {
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("width"));
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("height"));
        Assert.Equal($"0 0 {width} {height}", (string?)root.Attribute("viewBox"));

        var families = doc.Descendants().Select(e => (string?)e.Attribute("font-family")).OfType<string>().Distinct().ToList();
        Assert.Equal(["DejaVu Sans, Verdana, sans-serif"], families);
        return doc;
    }

    /// <summary>The SVG with every colour replaced by a placeholder: what must be equal between light and dark.</summary>
    public static string WithoutColours(string svg) => Colour().Replace(svg, "${name}=\"COLOUR\"");

    public static IEnumerable<string> Texts(XDocument doc) =>
        doc.Descendants(Svg + "text").Select(t => t.Value.Trim());

    [GeneratedRegex("(?<name>fill|stroke)=\"[^\"]*\"")]
    private static partial Regex Colour();
}
