using System.Buffers;
using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// A chart is drawn in key colours, one per <see cref="ChartRole"/>, unlike any colour ScottPlot uses of its own
/// accord; <see cref="Paint"/> then replaces every <c>fill</c> or <c>stroke</c> in a key colour by a CSS class of
/// its role ("fa" the fill of actual values, "st" the stroke of the target: <see cref="FillClass"/>,
/// <see cref="StrokeClass"/>; two letters, because every chart repeats them), and <see cref="Style"/> gives those
/// classes their light colours and, in a
/// <c>prefers-color-scheme: dark</c> block, their dark ones. So one SVG follows the page's scheme by itself, in an
/// &lt;img&gt; as well, and a chart costs one render per layout instead of one per scheme. A stroke's key also carries
/// its dash (<c>#FD01nn</c> dashed, …): lines are drawn solid and the dash is a class with a
/// <c>stroke-dasharray</c>, because Skia's SVG canvas writes every dash of a dashed line as a filled shape of its own.
/// The style sheet holds only the classes a chart uses (<see cref="Used"/>), classes of the same colour in one rule;
/// a stroke class also says <c>fill:none</c> (Skia writes it on every stroked element, the only ones that have one).
/// Lines and zones use the Okabe-Ito palette (Okabe and Ito 2008), chosen to stay distinct under deuteranopia,
/// protanopia and tritanopia: actual values blue, the healthy zone bluish green, the critical zone vermillion
/// (orange in dark); the plan and the target are grey and black/white and differ in dash. The status colours of
/// the latest value are the page's own (<see cref="Palette"/>), always next to a label.
/// </summary>
internal static class ChartCss
{
    private const int KeyLength = 7; // "#FD0001"

    private static readonly ChartRole[] Roles = Enum.GetValues<ChartRole>();
    private static readonly ChartDash[] Dashes = Enum.GetValues<ChartDash>();

    private static readonly byte[][] FillClasses = [.. Roles.Select(r => Encoding.ASCII.GetBytes(FillClass(r)))];
    private static readonly byte[][] StrokeClasses = [.. Roles.Select(r => Encoding.ASCII.GetBytes(StrokeClass(r)))];
    private static readonly byte[][] DashClasses = [.. Dashes.Select(d => Encoding.ASCII.GetBytes(DashName(d)))];

    /// <summary>The key colour of a role: "#FD00" and the role's number + 1 in upper-case hex, as Skia writes colours.</summary>
    public static string Key(ChartRole role) => Key(role, ChartDash.Solid);

    /// <summary>The key colour of a stroke in a role and a dash: "#FD0", the dash's number, the role's number + 1 in hex.</summary>
    public static string Key(ChartRole role, ChartDash dash) =>
        "#FD0" + ((int)dash).ToString(System.Globalization.CultureInfo.InvariantCulture) + ((int)role + 1).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The class of a dash ("ds" dashed, "dt" dotted, "dl" long dashes; none for solid).</summary>
    public static string DashName(ChartDash dash) => dash switch
    {
        ChartDash.Dashed => "ds",
        ChartDash.Dotted => "dt",
        ChartDash.LongDash => "dl",
        _ => string.Empty,
    };

    /// <summary>
    /// The dash pattern of a dash class: ScottPlot's own (LinePattern.Dashed 10 10, Dotted 3 5, DenselyDashed 6 6),
    /// which it would have drawn, so a line looks as it did.
    /// </summary>
    public static string DashArray(ChartDash dash) => dash switch
    {
        ChartDash.Dashed => "10 10",
        ChartDash.Dotted => "3 5",
        ChartDash.LongDash => "6 6",
        _ => "none",
    };

    /// <summary>The class of a role's fill: "f" and its letter (<see cref="Letter"/>).</summary>
    public static string FillClass(ChartRole role) => "f" + Letter(role);

    /// <summary>The class of a role's stroke: "s" and its letter (<see cref="Letter"/>).</summary>
    public static string StrokeClass(ChartRole role) => "s" + Letter(role);

    /// <summary>A role's letter in its classes: its initial, but x for text and l (lines) for the grid, whose initials are taken.</summary>
    public static char Letter(ChartRole role) => role switch
    {
        ChartRole.Text => 'x',
        ChartRole.Grid => 'l',
        _ => char.ToLowerInvariant(role.ToString()[0]),
    };

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

    /// <summary>The style sheet with every class (for tests and tools).</summary>
    public static string Style(string wideClass, string narrowClass, int narrowBelow, string narrowAspect) =>
        Style(Used.All, wideClass, narrowClass, narrowBelow, narrowAspect);

    /// <summary>
    /// The SVG's style sheet: the font of its text and its anchor (the middle, where <see cref="ChartSvg"/> puts x), the
    /// classes it uses in light, then in dark, their dashes, then the switch between the layouts (the media queries of
    /// an SVG in an &lt;img&gt; see the image's own width, not the window's).
    /// </summary>
    public static string Style(Used used, string wideClass, string narrowClass, int narrowBelow, string narrowAspect)
    {
        var css = new StringBuilder();
        css.Append("text{font-family:").Append(ChartFont.CssFamily).Append(";text-anchor:middle}");
        var strokes = Roles.Where(used.Stroke).Select(r => "." + StrokeClass(r)).ToList();
        if (strokes.Count > 0)
        {
            // Before the fills: an element with a fill class as well would keep its fill.
            css.AppendJoin(',', strokes).Append("{fill:none}");
        }

        Rules(css, used, r => Colours(r).Light);
        foreach (var dash in Dashes)
        {
            if (dash != ChartDash.Solid && used.Dash(dash))
            {
                css.Append('.').Append(DashName(dash)).Append("{stroke-dasharray:").Append(DashArray(dash)).Append('}');
            }
        }

        css.Append("\n@media (prefers-color-scheme:dark){");
        Rules(css, used, r => Colours(r).Dark);
        css.Append("}\n.").Append(narrowClass).Append("{display:none}\n");
        css.Append(System.Globalization.CultureInfo.InvariantCulture, $"@media (max-width:{narrowBelow - 1}px),(max-aspect-ratio:{narrowAspect}){{.{wideClass}{{display:none}}.{narrowClass}{{display:inline}}}}");
        return css.ToString();
    }

    /// <summary>The colour rules of the classes used, in the roles' order; classes of the same declaration share a rule.</summary>
    private static void Rules(StringBuilder css, Used used, Func<ChartRole, string> colour)
    {
        var rules = new List<(string Declaration, List<string> Selectors)>();
        void Add(string declaration, string selector)
        {
            var at = rules.FindIndex(r => r.Declaration == declaration);
            if (at < 0)
            {
                rules.Add((declaration, [selector]));
            }
            else
            {
                rules[at].Selectors.Add(selector);
            }
        }

        foreach (var role in Roles)
        {
            if (used.Fill(role))
            {
                Add("fill:" + colour(role), "." + FillClass(role));
            }

            if (used.Stroke(role))
            {
                Add("stroke:" + colour(role), "." + StrokeClass(role));
            }
        }

        foreach (var (declaration, selectors) in rules)
        {
            css.AppendJoin(',', selectors).Append('{').Append(declaration).Append('}');
        }
    }

    /// <summary>The SVG with its key colours as classes and the id marks as <paramref name="idPrefix"/> (for tests and tools).</summary>
    public static string Paint(string svg, string idPrefix = "")
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(1, svg.Length));
        var used = default(Used);
        Paint(Encoding.UTF8.GetBytes(svg), Encoding.ASCII.GetBytes(idPrefix), output, ref used);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>
    /// Appends the cleaned SVG (UTF-8) to <paramref name="output"/> with every <see cref="ChartSvg.IdMark"/> replaced by
    /// <paramref name="idPrefix"/> and the key-coloured fill and stroke attributes of each element replaced by one
    /// class attribute naming them all; <paramref name="used"/> gains the classes it wrote.
    /// </summary>
    public static void Paint(ReadOnlySpan<byte> svg, ReadOnlySpan<byte> idPrefix, ArrayBufferWriter<byte> output, ref Used used)
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
            var before = svg[done..first.Start];
            output.Append(first.Stroke && before.EndsWith(" fill=\"none\" "u8) ? before[..^"fill=\"none\" ".Length] : before); // the stroke class's rule says fill:none
            output.Append("class=\""u8);
            AppendClass(output, first, ref used);
            var from = first.End;
            var between = new ArrayBufferWriter<byte>();
            for (var hash = IndexOf(svg, (byte)'#', from, end); hash >= 0; hash = IndexOf(svg, (byte)'#', hash + 1, end))
            {
                if (KeyAttribute(svg, hash) is { } other)
                {
                    output.Append((byte)' ');
                    AppendClass(output, other, ref used);
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

    private static void AppendClass(ArrayBufferWriter<byte> output, KeyClass key, ref Used used)
    {
        output.Append(key.Stroke ? StrokeClasses[(int)key.Role] : FillClasses[(int)key.Role]);
        used = used.With(key.Role, key.Stroke, key.Dash);
        if (key.Dash != ChartDash.Solid)
        {
            output.Append((byte)' ');
            output.Append(DashClasses[(int)key.Dash]);
        }
    }

    private static int IndexOf(ReadOnlySpan<byte> svg, byte value, int from, int end)
    {
        var at = svg[from..end].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// The attribute <c>fill="#FD00nn"</c> or <c>stroke="#FD0dnn"</c> whose value starts at <paramref name="hash"/>:
    /// where it starts (its name), where it ends (after its closing quote), its role, and its dash; null when it is none
    /// (a fill has no dash).
    /// </summary>
    private static KeyClass? KeyAttribute(ReadOnlySpan<byte> svg, int hash)
    {
        if (svg.Length - hash < KeyLength + 1 || !svg[hash..].StartsWith("#FD0"u8) || svg[hash + KeyLength] != '"' || hash < 2 || svg[hash - 1] != '"' || svg[hash - 2] != '=')
        {
            return null;
        }

        var dash = svg[hash + 4] - '0';
        var role = Hex(svg[hash + 5]) * 16 + Hex(svg[hash + 6]) - 1;
        if (role < 0 || role >= Roles.Length || dash < 0 || dash >= Dashes.Length)
        {
            return null;
        }

        var before = svg[..(hash - 2)];
        if (before.EndsWith(" fill"u8) && dash == 0)
        {
            return new KeyClass(hash - 6, hash + KeyLength + 1, (ChartRole)role, false, ChartDash.Solid);
        }

        if (before.EndsWith(" stroke"u8))
        {
            return new KeyClass(hash - 8, hash + KeyLength + 1, (ChartRole)role, true, (ChartDash)dash);
        }

        return null;
    }

    private static int Hex(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -100,
    };

    private readonly record struct KeyClass(int Start, int End, ChartRole Role, bool Stroke, ChartDash Dash);

    /// <summary>The classes an SVG uses: a bit per role's fill, per role's stroke and per dash.</summary>
    public readonly record struct Used(ulong Bits)
    {
        /// <summary>Every class.</summary>
        public static Used All => new(ulong.MaxValue);

        public bool Fill(ChartRole role) => (Bits & (1UL << (int)role)) != 0;

        public bool Stroke(ChartRole role) => (Bits & (1UL << (16 + (int)role))) != 0;

        public bool Dash(ChartDash dash) => (Bits & (1UL << (32 + (int)dash))) != 0;

        public Used With(ChartRole role, bool stroke, ChartDash dash) =>
            new(Bits | (1UL << ((stroke ? 16 : 0) + (int)role)) | (1UL << (32 + (int)dash)));
    }
}
