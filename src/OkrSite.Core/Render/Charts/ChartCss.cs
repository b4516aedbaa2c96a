using System.Buffers;
using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// A chart is drawn in key colours, one per <see cref="ChartRole"/>, unlike any colour ScottPlot uses of its own
/// accord; <see cref="Paint"/> then replaces every <c>fill</c> or <c>stroke</c> in a key colour by a CSS class of
/// its role ("f-actual", "s-target"), and <see cref="Style"/> gives those classes their light colours and, in a
/// <c>prefers-color-scheme: dark</c> block, their dark ones. So one SVG follows the page's scheme by itself, in an
/// &lt;img&gt; as well, and a chart costs one render per layout instead of one per scheme.
/// Lines and zones use the Okabe-Ito palette (Okabe and Ito 2008), chosen to stay distinct under deuteranopia,
/// protanopia and tritanopia: actual values blue, the healthy zone bluish green, the critical zone vermillion
/// (orange in dark); the plan and the target are grey and black/white and differ in dash. The status colours of
/// the latest value are the page's own (<see cref="Palette"/>), always next to a label.
/// </summary>
internal static class ChartCss
{
    private const int KeyLength = 7; // "#FD0001"

    private static readonly ChartRole[] Roles = Enum.GetValues<ChartRole>();

    private static readonly byte[][] FillClasses = [.. Roles.Select(r => Encoding.ASCII.GetBytes("f-" + Name(r)))];
    private static readonly byte[][] StrokeClasses = [.. Roles.Select(r => Encoding.ASCII.GetBytes("s-" + Name(r)))];

    /// <summary>The key colour of a role: "#FD00" and the role's number + 1 in upper-case hex, as Skia writes colours.</summary>
    public static string Key(ChartRole role) => "#FD00" + ((int)role + 1).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The CSS name of a role: "actual", "critical", …</summary>
    public static string Name(ChartRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The light and the dark colour of a role.</summary>
    public static (string Light, string Dark) Colours(ChartRole role) => role switch
    {
        ChartRole.Actual => ("#0072b2", "#56b4e9"),
        ChartRole.Plan => (Palette.Light.Muted, Palette.Dark.Muted),
        ChartRole.Target => (Palette.Light.Text, Palette.Dark.Text),
        ChartRole.Healthy => ("#009e73", "#2fbf91"),
        ChartRole.Critical => ("#d55e00", "#e69f00"),
        ChartRole.Good => (Palette.Light.Good, Palette.Dark.Good),
        ChartRole.Warn => (Palette.Light.Warn, Palette.Dark.Warn),
        ChartRole.Bad => (Palette.Light.Bad, Palette.Dark.Bad),
        ChartRole.Neutral => (Palette.Light.Neutral, Palette.Dark.Neutral),
        ChartRole.Text => (Palette.Light.Text, Palette.Dark.Text),
        ChartRole.Muted => (Palette.Light.Muted, Palette.Dark.Muted),
        _ => (Palette.Light.Grid, Palette.Dark.Grid),
    };

    /// <summary>
    /// The SVG's style sheet: every role's classes in light, then in dark, then the switch between the layouts (the
    /// media queries of an SVG in an &lt;img&gt; see the image's own width, not the window's).
    /// </summary>
    public static string Style(string wideClass, string narrowClass, int narrowBelow, string narrowAspect)
    {
        var css = new StringBuilder();
        void Rules(Func<ChartRole, string> colour)
        {
            foreach (var role in Roles)
            {
                css.Append(".f-").Append(Name(role)).Append("{fill:").Append(colour(role)).Append('}');
                css.Append(".s-").Append(Name(role)).Append("{stroke:").Append(colour(role)).Append('}');
            }
        }

        Rules(r => Colours(r).Light);
        css.Append("\n@media (prefers-color-scheme:dark){");
        Rules(r => Colours(r).Dark);
        css.Append("}\n.").Append(narrowClass).Append("{display:none}\n");
        css.Append(System.Globalization.CultureInfo.InvariantCulture, $"@media (max-width:{narrowBelow - 1}px),(max-aspect-ratio:{narrowAspect}){{.{wideClass}{{display:none}}.{narrowClass}{{display:inline}}}}");
        return css.ToString();
    }

    /// <summary>The SVG with its key colours as classes and the id marks as <paramref name="idPrefix"/> (for tests and tools).</summary>
    public static string Paint(string svg, string idPrefix = "")
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(1, svg.Length));
        Paint(Encoding.UTF8.GetBytes(svg), Encoding.ASCII.GetBytes(idPrefix), output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>
    /// Appends the cleaned SVG (UTF-8) to <paramref name="output"/> with every <see cref="ChartSvg.IdMark"/> replaced by
    /// <paramref name="idPrefix"/> and the key-coloured fill and stroke attributes of each element replaced by one
    /// class attribute naming them all.
    /// </summary>
    public static void Paint(ReadOnlySpan<byte> svg, ReadOnlySpan<byte> idPrefix, ArrayBufferWriter<byte> output)
    {
        var done = 0;
        while (true)
        {
            var rest = svg[done..];
            var next = rest.IndexOfAny(ChartSvg.IdMark, (byte)'#');
            if (next < 0)
            {
                output.Append(rest);
                return;
            }

            var at = done + next;
            if (svg[at] == ChartSvg.IdMark)
            {
                output.Append(svg[done..at]);
                output.Append(idPrefix);
                done = at + 1;
                continue;
            }

            if (KeyAttribute(svg, at) is not { } first)
            {
                output.Append(svg[done..(at + 1)]);
                done = at + 1;
                continue;
            }

            // The element's other key-coloured attributes join the same class attribute.
            var end = svg[first.Start..].IndexOf((byte)'>');
            end = end < 0 ? svg.Length : first.Start + end;
            output.Append(svg[done..first.Start]);
            output.Append("class=\""u8);
            output.Append(first.Class);
            var from = first.End;
            var between = new ArrayBufferWriter<byte>();
            for (var hash = IndexOf(svg, (byte)'#', from, end); hash >= 0; hash = IndexOf(svg, (byte)'#', hash + 1, end))
            {
                if (KeyAttribute(svg, hash) is { } other)
                {
                    output.Append((byte)' ');
                    output.Append(other.Class);
                    between.Append(svg[from..(other.Start - 1)]); // without the space before the attribute
                    from = other.End;
                    hash = other.End - 1;
                }
            }

            output.Append((byte)'"');
            output.Append(between.WrittenSpan);
            done = from;
        }
    }

    private static int IndexOf(ReadOnlySpan<byte> svg, byte value, int from, int end)
    {
        var at = svg[from..end].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// The attribute <c>fill="#FD00nn"</c> or <c>stroke="#FD00nn"</c> whose value starts at <paramref name="hash"/>:
    /// where it starts (its name), where it ends (after its closing quote) and its class; null when it is none.
    /// </summary>
    private static (int Start, int End, byte[] Class)? KeyAttribute(ReadOnlySpan<byte> svg, int hash)
    {
        if (svg.Length - hash < KeyLength + 1 || !svg[hash..].StartsWith("#FD00"u8) || svg[hash + KeyLength] != '"' || hash < 2 || svg[hash - 1] != '"' || svg[hash - 2] != '=')
        {
            return null;
        }

        var role = Hex(svg[hash + 5]) * 16 + Hex(svg[hash + 6]) - 1;
        if (role < 0 || role >= Roles.Length)
        {
            return null;
        }

        var before = svg[..(hash - 2)];
        if (before.EndsWith(" fill"u8))
        {
            return (hash - 6, hash + KeyLength + 1, FillClasses[role]);
        }

        if (before.EndsWith(" stroke"u8))
        {
            return (hash - 8, hash + KeyLength + 1, StrokeClasses[role]);
        }

        return null;
    }

    private static int Hex(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -100,
    };
}
