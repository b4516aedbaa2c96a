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
    private const string KeyPrefix = "#FD00";

    /// <summary>The key colours: one per role, unlike any colour ScottPlot uses of its own accord.</summary>
    public static Palette Key { get; } = new(Good: "#FD0001", Warn: "#FD0002", Bad: "#FD0003", Neutral: "#FD0004", Accent: "#FD0005", Text: "#FD0006", Muted: "#FD0007", Grid: "#FD0008");

    /// <summary>The SVG in the light and in the dark palette.</summary>
    public static (string Light, string Dark) Paint(string svg)
    {
        var light = new StringBuilder(svg.Length);
        var dark = new StringBuilder(svg.Length);
        var done = 0;
        for (var at = svg.IndexOf(KeyPrefix, StringComparison.Ordinal); at >= 0; at = svg.IndexOf(KeyPrefix, done, StringComparison.Ordinal))
        {
            var end = at + Key.Good.Length;
            var role = end <= svg.Length ? Role(svg.AsSpan(at, Key.Good.Length)) : -1;
            if (role < 0)
            {
                light.Append(svg, done, at + KeyPrefix.Length - done);
                dark.Append(svg, done, at + KeyPrefix.Length - done);
                done = at + KeyPrefix.Length;
                continue;
            }

            light.Append(svg, done, at - done).Append(Colour(Palette.Light, role));
            dark.Append(svg, done, at - done).Append(Colour(Palette.Dark, role));
            done = end;
        }

        light.Append(svg, done, svg.Length - done);
        dark.Append(svg, done, svg.Length - done);
        return (light.ToString(), dark.ToString());
    }

    private static int Role(ReadOnlySpan<char> hex) => hex switch
    {
        "#FD0001" => 0,
        "#FD0002" => 1,
        "#FD0003" => 2,
        "#FD0004" => 3,
        "#FD0005" => 4,
        "#FD0006" => 5,
        "#FD0007" => 6,
        "#FD0008" => 7,
        _ => -1,
    };

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
