using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// A chart is drawn once, in key colours that stand for the roles of the palette, and then painted twice: every key
/// colour in the SVG is replaced by the light or the dark colour of its role. So the two variants differ only in
/// colours by construction, and a chart costs one render instead of two.
/// </summary>
internal static class ChartColours
{
    // Skia writes colours as upper-case #RRGGBB, except for named and #RGB-shaped colours, which these are not.
    private const int KeyLength = 7; // "#FD0001"

    /// <summary>The key colours: one per role, unlike any colour ScottPlot uses of its own accord.</summary>
    public static Palette Key { get; } = new(Good: "#FD0001", Warn: "#FD0002", Bad: "#FD0003", Neutral: "#FD0004", Accent: "#FD0005", Text: "#FD0006", Muted: "#FD0007", Grid: "#FD0008");

    private static readonly byte[][] LightColours = Utf8(Palette.Light);
    private static readonly byte[][] DarkColours = Utf8(Palette.Dark);

    /// <summary>The SVG in the light and in the dark palette (for tests and tools; charts use the byte version).</summary>
    public static (string Light, string Dark) Paint(string svg)
    {
        var (light, dark) = Paint(Encoding.UTF8.GetBytes(svg), []);
        return (Encoding.UTF8.GetString(light), Encoding.UTF8.GetString(dark));
    }

    /// <summary>
    /// The cleaned SVG (UTF-8) in the light and in the dark palette, with every <see cref="ChartSvg.IdMark"/> replaced
    /// by <paramref name="idPrefix"/>: each written straight into an array of its exact size, the chart's file.
    /// </summary>
    public static (byte[] Light, byte[] Dark) Paint(ReadOnlySpan<byte> svg, ReadOnlySpan<byte> idPrefix)
    {
        // First the sizes, then the bytes: two scans of the text are cheaper than copying it from a buffer.
        int lightLength = svg.Length, darkLength = svg.Length;
        for (var at = Next(svg, 0); at >= 0; at = Next(svg, at + 1))
        {
            if (svg[at] == ChartSvg.IdMark)
            {
                lightLength += idPrefix.Length - 1;
                darkLength += idPrefix.Length - 1;
            }
            else if (RoleAt(svg, at) is var role and >= 0)
            {
                lightLength += LightColours[role].Length - KeyLength;
                darkLength += DarkColours[role].Length - KeyLength;
                at += KeyLength - 1;
            }
        }

        var light = new byte[lightLength];
        var dark = new byte[darkLength];
        int done = 0, l = 0, d = 0;
        for (var at = Next(svg, 0); at >= 0; at = Next(svg, at + 1))
        {
            ReadOnlySpan<byte> lightPart, darkPart;
            int skip;
            if (svg[at] == ChartSvg.IdMark)
            {
                lightPart = darkPart = idPrefix;
                skip = 1;
            }
            else if (RoleAt(svg, at) is var role and >= 0)
            {
                lightPart = LightColours[role];
                darkPart = DarkColours[role];
                skip = KeyLength;
            }
            else
            {
                continue;
            }

            var before = svg[done..at];
            before.CopyTo(light.AsSpan(l));
            before.CopyTo(dark.AsSpan(d));
            l += before.Length;
            d += before.Length;
            lightPart.CopyTo(light.AsSpan(l));
            darkPart.CopyTo(dark.AsSpan(d));
            l += lightPart.Length;
            d += darkPart.Length;
            done = at + skip;
            at = done - 1;
        }

        svg[done..].CopyTo(light.AsSpan(l));
        svg[done..].CopyTo(dark.AsSpan(d));
        return (light, dark);
    }

    /// <summary>The next id mark or '#' from <paramref name="from"/>, or -1.</summary>
    private static int Next(ReadOnlySpan<byte> svg, int from)
    {
        var at = svg[from..].IndexOfAny(ChartSvg.IdMark, (byte)'#');
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The role of the key colour at <paramref name="at"/>, or -1 when there is none.</summary>
    private static int RoleAt(ReadOnlySpan<byte> svg, int at)
    {
        if (svg.Length - at < KeyLength || !svg[at..].StartsWith("#FD000"u8))
        {
            return -1;
        }

        var digit = svg[at + KeyLength - 1];
        return digit is >= (byte)'1' and <= (byte)'8' ? digit - '1' : -1;
    }

    private static byte[][] Utf8(Palette palette) =>
        [.. Enumerable.Range(0, 8).Select(role => Encoding.UTF8.GetBytes(Colour(palette, role)))];

    private static string Colour(Palette palette, int role) => role switch
    {
        0 => palette.Good,
        1 => palette.Warn,
        2 => palette.Bad,
        3 => palette.Neutral,
        4 => palette.Accent,
        5 => palette.Text,
        6 => palette.Muted,
        _ => palette.Grid,
    };
}
