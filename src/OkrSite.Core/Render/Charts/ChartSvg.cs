using System.Buffers;
using System.Globalization;
using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Makes Skia's SVG machine-independent and small enough for a web page, in one pass over its attributes (after
/// <see cref="SvgTidy"/> has merged its clip paths): Skia numbers clip paths with a process-wide counter (cl_4 in one
/// render, cl_8 in the next), so they (and the markers of lines' dots) are renumbered in document order under a
/// prefix derived from the content (unique per chart, should pages ever inline several); coordinates are rounded to 1
/// decimal (a viewBox unit is about a CSS pixel: a tenth is finer than the eye, and the last float digits cannot
/// differ between CPUs); a path of straight lines is written with relative coordinates, a long one in whole tenths
/// drawn at a tenth of the scale; a text's list of per-glyph x positions becomes the middle of the span DejaVu Sans
/// gives it (the style sheet anchors texts there) and, for a text longer than a tick's label, a textLength of that
/// span, so it lands where it did in any fallback font; what the style sheet or the SVG's
/// defaults already say (the font family, a miter limit of 4, the namespaces and the size of a nested drawing, which
/// fills its parent by default) is left out; and a viewBox lets the page scale the image.
/// It works on Skia's UTF-8 bytes as they are, into a buffer the caller reuses: a chart's SVG is never a string.
/// </summary>
internal static class ChartSvg
{
    /// <summary>Stands for the clip id prefix in the cleaned SVG until the content, and so the prefix, is known.</summary>
    public const byte IdMark = 0x01;

    /// <summary>What Skia writes for a path of moves and lines (searched as a set: a long line's data is many kilobytes).</summary>
    private static readonly SearchValues<byte> PathOfLines = SearchValues.Create("0123456789.- ,MLZ"u8);

    /// <summary>A path of fewer numbers keeps its decimals: the scale attribute (23 bytes) would cost more than the dots it saves.</summary>
    private const int MinScaledNumbers = 100;

    /// <summary>
    /// A text up to 48 units wide (a tick's number or date, a unit) is written without a textLength: anchored at its
    /// middle, a fallback font a tenth wider or narrower moves each end by two units at most. A longer one (a target's
    /// or the latest value's label near the plot's edge) keeps its DejaVu width, so it never runs past the edge.
    /// </summary>
    private const long ShortTextTenths = 480;

    private const int MaxFastDigits = 15;                // a mantissa of up to 15 digits fits a long and a double exactly
    private const long MaxFastTenths = 10_000_000_000;   // below 1e9 "0.#" of the rounded value is its tenths exactly

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(float Size, int Rune), float> Advances = new();

    private static ReadOnlySpan<byte> SkiaFamily => "DejaVu Sans"u8;

    /// <summary>The tidied and cleaned SVG as a string, with the clip id prefix in place (for tests and tools).</summary>
    public static string Clean(string svg, int width, int height)
    {
        var tidy = new ArrayBufferWriter<byte>(Math.Max(1, svg.Length));
        SvgTidy.Tidy(Encoding.UTF8.GetBytes(svg), tidy);
        var output = new ArrayBufferWriter<byte>(Math.Max(1, svg.Length));
        var prefix = Clean(tidy.WrittenSpan, width, height, output);
        return Encoding.UTF8.GetString(output.WrittenSpan).Replace(((char)IdMark).ToString(), Encoding.ASCII.GetString(prefix), StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes the cleaned <paramref name="svg"/> (UTF-8) to <paramref name="output"/>, each clip id as
    /// <see cref="IdMark"/> and its number, and returns the prefix (ASCII) that the marks stand for.
    /// </summary>
    /// <param name="rootClass">
    /// When given, the root element is made a drawing to nest in another SVG: it fills its parent (width and height
    /// 100 %, scaled by the viewBox), carries this class and inherits its namespaces.
    /// </param>
    /// <param name="rootFontSize">
    /// With <paramref name="rootClass"/>: the font size the root element gives its texts by inheritance (the drawing's
    /// <see cref="ChartLayout.FontSize"/>); a text of that size no longer repeats it.
    /// </param>
    public static byte[] Clean(ReadOnlySpan<byte> svg, int width, int height, ArrayBufferWriter<byte> output, string? rootClass = null, float? rootFontSize = null)
    {
        Span<byte> inherited = stackalloc byte[16];
        var inheritedLength = 0;
        if (rootClass is not null && rootFontSize is { } size)
        {
            size.TryFormat(inherited, out inheritedLength, "0.###", CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<byte> inheritedSize = inherited[..inheritedLength];
        output.ResetWrittenCount();
        List<Range>? clips = null;
        var viewBoxDone = false;
        var fontSize = 0f;
        (long X, long Y)? shift = null;
        var scaled = false;            // the element is a long path written in tenths (see ScaledPath)
        var strokeWidthSeen = false;
        var done = 0;
        for (var eq = IndexOf(svg, "=\""u8, 0); eq >= 0; eq = IndexOf(svg, "=\""u8, done))
        {
            var close = IndexOf(svg, (byte)'"', eq + 2);
            if (close < 0)
            {
                break;
            }

            var nameStart = eq;
            while (nameStart > 0 && (char.IsAsciiLetter((char)svg[nameStart - 1]) || svg[nameStart - 1] == '-'))
            {
                nameStart--;
            }

            var name = svg[nameStart..eq];
            var value = svg[(eq + 2)..close];
            if (svg[done..nameStart].LastIndexOf((byte)'<') is >= 0 and var tagOffset)
            {
                // The first attribute of an element.
                scaled = ScaledPath(svg, done + tagOffset);
                strokeWidthSeen = false;
            }

            if (scaled && name.SequenceEqual("stroke-width"u8))
            {
                output.Append(svg[done..(eq + 2)]);
                var strokeWidth = float.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) * 10;
                output.Append(Encoding.ASCII.GetBytes(strokeWidth.ToString("0.###", CultureInfo.InvariantCulture)));
                output.Append((byte)'"');
                strokeWidthSeen = true;
                done = close + 1;
                continue;
            }

            if (rootClass is not null && !viewBoxDone && (name.SequenceEqual("width"u8) || name.SequenceEqual("height"u8)) && svg[nameStart - 1] == ' ')
            {
                // A nested drawing fills its parent by default (width and height auto, 100 %): only its viewBox is written.
                output.Append(svg[done..(nameStart - 1)]);
                done = close + 1;
                if (name[0] == 'h')
                {
                    AppendRootAttributes(output, width, height, rootClass, inheritedSize);
                    viewBoxDone = true;
                }

                continue;
            }
            if (name.SequenceEqual("transform"u8) && TextShift(svg, nameStart, close, value) is { } textShift && svg[nameStart - 1] == ' ')
            {
                // A text's translate goes into its x and y (sums of tenths, so the same point): 25 bytes less per text.
                output.Append(svg[done..(nameStart - 1)]);
                shift = textShift;
                done = close + 1;
                continue;
            }

            if (name.SequenceEqual("font-size"u8))
            {
                fontSize = float.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (inheritedSize.Length > 0 && value.SequenceEqual(inheritedSize) && svg[nameStart - 1] == ' ')
                {
                    output.Append(svg[done..(nameStart - 1)]);
                    done = close + 1;
                    continue;
                }
            }

            if (Dropped(svg, nameStart, name, value, rootClass is not null && !viewBoxDone) is { } attributeStart)
            {
                output.Append(svg[done..attributeStart]);
                done = close + 1;
                continue;
            }

            output.Append(svg[done..(eq + 2)]);
            long? textLength = null;
            if (name.SequenceEqual("id"u8) && value.StartsWith("cl_"u8))
            {
                AppendClip(output, svg, ref clips, eq + 2, value.Length);
            }
            else if (name.SequenceEqual("id"u8) && value.StartsWith("mk_"u8))
            {
                AppendClip(output, svg, ref clips, eq + 2, value.Length);
            }
            else if (value.IndexOf("url(#"u8) is >= 0 and var url && value[(url + 5)..].IndexOf((byte)')') is > 0 and var idLength
                && (value[(url + 5)..].StartsWith("cl_"u8) || value[(url + 5)..].StartsWith("mk_"u8)))
            {
                output.Append(value[..(url + 5)]);
                AppendClip(output, svg, ref clips, eq + 2 + url + 5, idLength);
                output.Append(value[(url + 5 + idLength)..]);
            }
            else if (name.SequenceEqual("x"u8) && value.IndexOf((byte)',') is > 0 and var xComma)
            {
                // Skia's per-glyph positions: the middle of the span the glyphs cover (the style sheet anchors texts
                // there), and for a long text that span's width.
                var first = Tenths(value[..xComma]) + (shift?.X ?? 0);
                if (TextWidthTenths(svg, close, value, fontSize) is { } span)
                {
                    AppendTenths(output, first + ((span + 1) / 2));
                    textLength = span > ShortTextTenths ? span : null;
                }
                else
                {
                    // No width to find the middle by (no font size, no glyphs): the text starts at x, as Skia drew it.
                    AppendTenths(output, first);
                    output.Append("\" text-anchor=\"start"u8);
                }
            }
            else if (name.SequenceEqual("y"u8) && value.IndexOf((byte)',') is > 0 and var yComma)
            {
                AppendTenths(output, Tenths(value[..yComma]) + (shift?.Y ?? 0));
                shift = null;
            }
            else if (name.SequenceEqual("d"u8))
            {
                AppendPath(output, value, scaled);
            }
            else if (IsGeometry(name))
            {
                AppendRounded(output, value);
            }
            else
            {
                output.Append(value);
            }

            output.Append((byte)'"');
            if (scaled && name.SequenceEqual("d"u8))
            {
                output.Append(strokeWidthSeen ? " transform=\"scale(.1)\""u8 : " transform=\"scale(.1)\" stroke-width=\"10\""u8);
            }

            if (textLength is { } length)
            {
                output.Append(" textLength=\""u8);
                AppendTenths(output, length);
                output.Append((byte)'"');
            }

            done = close + 1;
            if (!viewBoxDone && name.SequenceEqual("height"u8))
            {
                // The first width and height are the root element's.
                AppendRootAttributes(output, width, height, rootClass, inheritedSize);
                viewBoxDone = true;
            }
        }

        output.Append(svg[done..]);
        return Encoding.ASCII.GetBytes("c" + Fnv1a(output.WrittenSpan).ToString("x8", CultureInfo.InvariantCulture) + "-");
    }

    /// <summary>The root's viewBox and, for a nested drawing, its class and the font size its texts inherit.</summary>
    private static void AppendRootAttributes(ArrayBufferWriter<byte> output, int width, int height, string? rootClass, ReadOnlySpan<byte> inheritedSize)
    {
        output.Append(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"")));
        if (rootClass is not null)
        {
            output.Append(Encoding.ASCII.GetBytes($" class=\"{rootClass}\""));
            if (inheritedSize.Length > 0)
            {
                output.Append(" font-size=\""u8);
                output.Append(inheritedSize);
                output.Append((byte)'"');
            }
        }
    }

    /// <summary>
    /// Whether the element at <paramref name="start"/> is a long path (at least <see cref="MinScaledNumbers"/> numbers
    /// of moves and lines) to write in whole tenths under <c>transform="scale(.1)"</c>, its stroke width ×10 to match:
    /// the same points, a '.' less in most numbers. Not a path with a transform of its own or a dash (a dash's
    /// pattern, in user units, would shrink with it), nor a short one, where the transform costs more than it saves.
    /// </summary>
    private static bool ScaledPath(ReadOnlySpan<byte> svg, int start)
    {
        if (!svg[start..].StartsWith("<path "u8))
        {
            return false;
        }

        var end = svg[start..].IndexOf((byte)'>');
        var tag = end < 0 ? svg[start..] : svg[start..(start + end)];
        var d = tag.IndexOf(" d=\""u8);
        // A stroke width after the data (Skia writes it before) would be a second one next to the one the data adds.
        if (d < 0 || tag.IndexOf(" transform="u8) >= 0 || tag.IndexOf("stroke-dasharray"u8) >= 0 || tag.IndexOf(" stroke-width="u8) > d)
        {
            return false;
        }

        var stroke = tag.IndexOf(" stroke=\"#FD0"u8);
        if (stroke >= 0 && (stroke + 13 > tag.Length || tag[stroke + 13] != '0'))
        {
            return false; // a dashed key colour (ChartCss.Key)
        }

        var data = tag[(d + 4)..];
        data = data[..Math.Max(0, data.IndexOf((byte)'"'))];
        return data.IndexOfAnyExcept(PathOfLines) < 0 && data.Count((byte)' ') + data.Count((byte)'L') + data.Count((byte)'M') >= MinScaledNumbers;
    }

    /// <summary>
    /// The offset in tenths of a text element's <c>transform="translate(x y)"</c> when it can be added to the text's
    /// own x and y: the element is a text whose x and y (Skia's glyph lists) follow the transform, and all four first
    /// numbers are plain decimals that round exactly in tenths. Null otherwise: the transform stays as it is.
    /// </summary>
    private static (long X, long Y)? TextShift(ReadOnlySpan<byte> svg, int nameStart, int close, ReadOnlySpan<byte> value)
    {
        var open = svg[..nameStart].LastIndexOf((byte)'<');
        if (open < 0 || !svg[open..nameStart].StartsWith("<text "u8) || !value.StartsWith("translate("u8) || !value.EndsWith(")"u8))
        {
            return null;
        }

        var numbers = value["translate(".Length..^1];
        var space = numbers.IndexOf((byte)' ');
        if (space <= 0 || !TryTenths(numbers[..space], out var x) || !TryTenths(numbers[(space + 1)..], out var y))
        {
            return null;
        }

        var end = svg[close..].IndexOf((byte)'>');
        var rest = end < 0 ? default : svg[close..(close + end)];
        return FirstGlyphTenths(rest, " x=\""u8) && FirstGlyphTenths(rest, " y=\""u8) && rest.IndexOf(" x=\""u8) < rest.IndexOf(" y=\""u8) ? (x, y) : null;

        static bool FirstGlyphTenths(ReadOnlySpan<byte> attributes, ReadOnlySpan<byte> name)
        {
            var at = attributes.IndexOf(name);
            if (at < 0)
            {
                return false;
            }

            var list = attributes[(at + name.Length)..];
            var quote = list.IndexOf((byte)'"');
            var comma = list.IndexOf((byte)',');
            return comma > 0 && comma < quote && TryTenths(list[..comma], out _);
        }
    }

    /// <summary>
    /// Where an attribute to leave out starts (the space before its name), or null to keep it: the font family (the
    /// style sheet names it with its fallbacks), a miter limit of 4 and a stroke width of 1 (SVG's defaults), and a
    /// nested drawing's namespaces.
    /// </summary>
    private static int? Dropped(ReadOnlySpan<byte> svg, int nameStart, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, bool nestedRoot)
    {
        var start = nameStart - 1;
        if (nestedRoot && name.SequenceEqual("xlink"u8) && svg[..nameStart].EndsWith(" xmlns:"u8))
        {
            return nameStart - 7;
        }

        var drop = (name.SequenceEqual("font-family"u8) && value.SequenceEqual(SkiaFamily))
            || (name.SequenceEqual("stroke-miterlimit"u8) && value.SequenceEqual("4"u8))
            || (name.SequenceEqual("stroke-width"u8) && value.SequenceEqual("1"u8))
            || (nestedRoot && name.SequenceEqual("xmlns"u8));
        return drop && start >= 0 && svg[start] == ' ' ? start : null;
    }

    /// <summary>A number of the SVG in tenths, rounded as <see cref="AppendRoundedNumber"/> rounds it.</summary>
    private static long Tenths(ReadOnlySpan<byte> number)
    {
        number = number.Trim(" "u8);
        return TryTenths(number, out var tenths)
            ? tenths
            : (long)Math.Round(Math.Round(double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero) * 10);
    }

    /// <summary>
    /// The width in tenths a text's glyphs span, from its x list (<paramref name="xs"/>: the last x minus the first)
    /// and the advance of its last character in the embedded font at <paramref name="fontSize"/>: where its middle is,
    /// and the textLength that makes a browser lay a long text out over exactly the width Skia measured.
    /// </summary>
    private static long? TextWidthTenths(ReadOnlySpan<byte> svg, int close, ReadOnlySpan<byte> xs, float fontSize)
    {
        var open = IndexOf(svg, (byte)'>', close);
        var end = open < 0 ? -1 : IndexOf(svg, (byte)'<', open);
        if (end < 0 || fontSize <= 0)
        {
            return null;
        }

        var content = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(svg[(open + 1)..end])).TrimEnd();
        var list = xs.TrimEnd(" ,"u8);
        if (content.Length == 0 || list.Length == 0)
        {
            return null;
        }

        var firstComma = list.IndexOf((byte)',');
        var first = double.Parse(firstComma < 0 ? list : list[..firstComma], NumberStyles.Float, CultureInfo.InvariantCulture);
        var last = double.Parse(list[(list.LastIndexOf((byte)',') + 1)..].Trim(" "u8), NumberStyles.Float, CultureInfo.InvariantCulture);
        Rune.DecodeLastFromUtf16(content, out var rune, out _);
        var advance = Advances.GetOrAdd((fontSize, rune.Value), key =>
        {
            // Unhinted, as ScottPlot lays out text (its glyph positions are the font's own advances).
            using var font = new SkiaSharp.SKFont(ChartFont.Typeface, key.Size) { Subpixel = true, LinearMetrics = true, Hinting = SkiaSharp.SKFontHinting.None };
            return font.MeasureText(new Rune(key.Rune).ToString());
        });
        return (long)Math.Round((last - first + advance) * 10, MidpointRounding.AwayFromZero);
    }

    private static int IndexOf(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value, int from)
    {
        var at = text[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private static int IndexOf(ReadOnlySpan<byte> text, byte value, int from)
    {
        var at = text[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private static bool IsGeometry(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("d"u8) || name.SequenceEqual("x"u8) || name.SequenceEqual("y"u8) || name.SequenceEqual("cx"u8) || name.SequenceEqual("cy"u8)
        || name.SequenceEqual("rx"u8) || name.SequenceEqual("ry"u8) || name.SequenceEqual("width"u8) || name.SequenceEqual("height"u8)
        || name.SequenceEqual("transform"u8) || name.SequenceEqual("stroke-width"u8) || name.SequenceEqual("stroke-dasharray"u8)
        || name.SequenceEqual("stroke-dashoffset"u8);

    /// <summary>Writes the mark and the number of the clip id at <paramref name="start"/> in <paramref name="svg"/>, numbered in order of first use.</summary>
    private static void AppendClip(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> svg, ref List<Range>? clips, int start, int length)
    {
        clips ??= [];
        var id = svg.Slice(start, length);
        var number = -1;
        for (var i = 0; i < clips.Count; i++)
        {
            if (svg[clips[i]].SequenceEqual(id))
            {
                number = i;
                break;
            }
        }

        if (number < 0)
        {
            number = clips.Count;
            clips.Add(new Range(start, start + length));
        }

        output.Append(IdMark);
        output.AppendLong(number);
    }

    /// <summary>Copies an attribute value with every number in it rounded to 1 decimal ("-0" written as "0").</summary>
    private static void AppendRounded(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> value)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (NumberAt(value, i) is { } number)
            {
                AppendRoundedNumber(output, value[i..number.End], number.Exponent);
                i = number.End;
                continue;
            }

            output.Append(value[i]);
            i++;
        }
    }

    /// <summary>Where the number that starts at <paramref name="i"/> ends and whether it has an exponent; null when none starts there.</summary>
    private static (int End, bool Exponent)? NumberAt(ReadOnlySpan<byte> value, int i)
    {
        var start = i;
        if (value[i] == '-' && i + 1 < value.Length && (char.IsAsciiDigit((char)value[i + 1]) || value[i + 1] == '.'))
        {
            i++;
        }

        if (!(i < value.Length && (char.IsAsciiDigit((char)value[i]) || (value[i] == '.' && i + 1 < value.Length && char.IsAsciiDigit((char)value[i + 1])))))
        {
            return null;
        }

        var exponent = false;
        while (i < value.Length && (char.IsAsciiDigit((char)value[i]) || value[i] == '.'))
        {
            i++;
        }

        if (i + 1 < value.Length && value[i] is (byte)'e' or (byte)'E' && (char.IsAsciiDigit((char)value[i + 1]) || value[i + 1] is (byte)'-' or (byte)'+'))
        {
            exponent = true;
            i += 2;
            while (i < value.Length && char.IsAsciiDigit((char)value[i]))
            {
                i++;
            }
        }

        return i > start ? (i, exponent) : null;
    }

    /// <summary>
    /// A path's data. A path of moves, straight lines and closes only (what Skia writes for lines, grids and dots)
    /// is written as its first point and then each point relative to the one before, in tenths rounded as
    /// <see cref="AppendRoundedNumber"/> rounds them, so every point lands exactly where its rounded absolute
    /// coordinates would put it; a repeated "l" is left out. Any other path is rounded number by number.
    /// </summary>
    /// <param name="tenths">Whole tenths (for a path drawn at a tenth of its scale): 12.3 as 123.</param>
    internal static void AppendPath(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> d, bool tenths = false)
    {
        if (!TryAppendRelative(output, d, tenths))
        {
            if (tenths)
            {
                AppendRoundedTenths(output, d);
            }
            else
            {
                AppendRounded(output, d);
            }
        }
    }

    /// <summary>Copies a path's data with every number as its whole tenths, rounded as <see cref="AppendRoundedNumber"/> rounds it.</summary>
    private static void AppendRoundedTenths(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> d)
    {
        var i = 0;
        while (i < d.Length)
        {
            if (NumberAt(d, i) is { } number)
            {
                var tenths = Tenths(d[i..number.End]);

                output.AppendLong(tenths);
                i = number.End;
                continue;
            }

            output.Append(d[i]);
            i++;
        }
    }

    private static bool TryAppendRelative(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> d, bool tenths)
    {
        // Read it all first (into pooled buffers: a long line's data is many kilobytes): a path with anything else is written as it was.
        var numbers = ArrayPool<long>.Shared.Rent(d.Length);
        var letters = ArrayPool<byte>.Shared.Rent(d.Length);
        try
        {
            return TryAppendRelative(output, d, numbers, letters, tenths);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(numbers);
            ArrayPool<byte>.Shared.Return(letters);
        }
    }

    private static bool TryAppendRelative(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> d, Span<long> buffer, Span<byte> commands, bool wholeTenths)
    {
        int count = 0, commandCount = 0, i = 0;
        while (i < d.Length)
        {
            var c = d[i];
            if (c is (byte)'M' or (byte)'L' or (byte)'Z')
            {
                commands[commandCount++] = c;
                i++;
                continue;
            }

            if (c is (byte)' ' or (byte)',')
            {
                i++;
                continue;
            }

            if (NumberAt(d, i) is not { } number || number.Exponent || !TryTenths(d[i..number.End], out var tenths) || commandCount == 0)
            {
                return false;
            }

            // A number belongs to the command before it (marked 0 after its letter); pairs only.
            buffer[count++] = tenths;
            commands[commandCount++] = 0;
            i = number.End;
        }

        // Every letter but z has pairs after it (and a path starts with a move): checked before anything is written.
        if (commandCount == 0 || commands[0] != 'M')
        {
            return false;
        }

        for (var k = 0; k < commandCount; k++)
        {
            var numbersAfter = 0;
            while (k + 1 < commandCount && commands[k + 1] == 0)
            {
                k++;
                numbersAfter++;
            }

            if (commands[k - numbersAfter] == 0 || (commands[k - numbersAfter] == 'Z') != (numbersAfter == 0) || numbersAfter % 2 != 0)
            {
                return false;
            }
        }

        long x = 0, y = 0, startX = 0, startY = 0;
        var first = true;
        byte previous = 0;
        var n = 0;
        for (var k = 0; k < commandCount; k++)
        {
            var command = commands[k];
            if (command == 'Z')
            {
                output.Append((byte)'z');
                (x, y) = (startX, startY);
                previous = (byte)'z';
                continue;
            }

            var pairs = 0;
            while (k + 1 < commandCount && commands[k + 1] == 0)
            {
                k++;
                pairs++;
            }

            for (var p = 0; p < pairs; p += 2)
            {
                long px = buffer[n++], py = buffer[n++];
                var move = command == 'M' && p == 0;
                if (first)
                {
                    output.Append((byte)'M');
                    AppendNumber(output, wholeTenths, px);
                    output.Append((byte)' ');
                    AppendNumber(output, wholeTenths, py);
                    previous = (byte)'M';
                    first = false;
                }
                else
                {
                    // A move keeps both numbers (the pairs after it would be lines); a line along an axis is h or v.
                    long dx = px - x, dy = py - y;
                    var letter = move ? (byte)'m' : dy == 0 ? (byte)'h' : dx == 0 ? (byte)'v' : (byte)'l';
                    var lead = letter == 'v' ? dy : dx;
                    if (letter != previous || letter == 'm')
                    {
                        output.Append(letter);
                    }
                    else if (lead >= 0)
                    {
                        output.Append((byte)' ');
                    }

                    AppendNumber(output, wholeTenths, lead);
                    if (letter is (byte)'m' or (byte)'l')
                    {
                        if (dy >= 0)
                        {
                            output.Append((byte)' ');
                        }

                        AppendNumber(output, wholeTenths, dy);
                    }

                    previous = letter;
                }

                (x, y) = (px, py);
                if (move)
                {
                    (startX, startY) = (px, py);
                }
            }
        }

        return !first;
    }

    /// <summary>A number of tenths as they are (<paramref name="wholeTenths"/>) or as <see cref="AppendTenths"/> writes them.</summary>
    private static void AppendNumber(ArrayBufferWriter<byte> output, bool wholeTenths, long tenths)
    {
        if (wholeTenths)
        {
            output.AppendLong(tenths);
        }
        else
        {
            AppendTenths(output, tenths);
        }
    }

    /// <summary>A number of tenths as "0.#" writes it: 123 as 12.3, -5 as -0.5, 40 as 4.</summary>
    private static void AppendTenths(ArrayBufferWriter<byte> output, long tenths)
    {
        if (tenths < 0)
        {
            output.Append((byte)'-');
            tenths = -tenths;
        }

        output.AppendLong(tenths / 10);
        if (tenths % 10 != 0)
        {
            output.Append((byte)'.');
            output.Append((byte)('0' + (tenths % 10)));
        }
    }

    /// <summary>
    /// One number rounded to 1 decimal, written as <c>Math.Round(n, 1, AwayFromZero).ToString("0.#")</c> would.
    /// Skia's plain decimals of up to 15 digits take a fast path in integers: the tenths are the mantissa divided by
    /// a power of ten, rounded half away from zero, which is what the double arithmetic gives unless the remainder is
    /// within its rounding error of a half (then the doubles decide, as the runtime computes them); below 1e9 the 15
    /// significant digits that "0.#" formats a double with are exactly those tenths. Anything else is parsed and
    /// formatted by the runtime. A test compares the paths on many numbers.
    /// </summary>
    internal static void AppendRoundedNumber(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> number, bool exponent)
    {
        if (exponent || !TryTenths(number, out var tenths))
        {
            AppendRoundedSlow(output, number);
            return;
        }

        AppendTenths(output, tenths);
    }

    /// <summary>The general path: the runtime's parsing and "0.#" formatting.</summary>
    internal static void AppendRoundedSlow(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> number)
    {
        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0;
        Span<byte> buffer = stackalloc byte[64];
        rounded.TryFormat(buffer, out var written, "0.#", CultureInfo.InvariantCulture);
        output.Append(buffer[..written]);
    }

    /// <summary>
    /// The number (an optional '-', digits with at most one '.', at most 15 digits) rounded to tenths as
    /// Math.Round(double.Parse(number), 1, AwayFromZero) rounds it, when that is below 1e9 and not too close to a tie.
    /// </summary>
    private static bool TryTenths(ReadOnlySpan<byte> number, out long tenths)
    {
        tenths = 0;
        var negative = number.Length > 0 && number[0] == '-';
        long mantissa = 0;
        int digits = 0, decimals = 0;
        var dot = false;
        for (var i = negative ? 1 : 0; i < number.Length; i++)
        {
            var c = number[i];
            if (c == '.')
            {
                if (dot)
                {
                    return false;
                }

                dot = true;
            }
            else if (c is >= (byte)'0' and <= (byte)'9' && digits < MaxFastDigits)
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                decimals += dot ? 1 : 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        long result;
        if (decimals <= 1)
        {
            result = mantissa * PowersOfTen[1 - decimals];
        }
        else
        {
            // value × 10 = mantissa / divisor. The doubles (m / 10^k, then × 10) are off by at most ~3e-16 of it,
            // under 3e-6 below 1e10: a remainder further than 1e-4 from a half rounds the same way in both.
            var divisor = PowersOfTen[decimals - 1];
            var quotient = mantissa / divisor;
            var twice = 2 * (mantissa % divisor);
            if (Math.Abs(twice - divisor) * 5000 <= divisor)
            {
                return TryTenthsOfDouble(number, out tenths);
            }

            result = quotient + (twice > divisor ? 1 : 0);
        }

        if (result >= MaxFastTenths)
        {
            return false;
        }

        tenths = negative ? -result : result;
        return true;
    }

    /// <summary>Near a tie: the tenths of the runtime's own rounding of the parsed double.</summary>
    private static bool TryTenthsOfDouble(ReadOnlySpan<byte> number, out long tenths)
    {
        var rounded = Math.Round(double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero);
        tenths = (long)Math.Round(rounded * 10);
        return Math.Abs(tenths) < MaxFastTenths;
    }

    /// <summary>
    /// FNV-1a over the UTF-16 code units of the text (each as its low and its high byte), as the string version of
    /// this class hashed: stable across processes and machines, unlike string.GetHashCode, and the ids stay the same.
    /// </summary>
    private static uint Fnv1a(ReadOnlySpan<byte> utf8)
    {
        const uint FnvPrimeSquared = unchecked(16777619u * 16777619u);
        var hash = 2166136261u;
        Span<char> units = stackalloc char[2];
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                // The low byte, then the high byte 0: (h ^ b) * p, then (h ^ 0) * p, one multiplication by p² (mod 2^32).
                hash = (hash ^ b) * FnvPrimeSquared;
                i++;
                continue;
            }

            System.Text.Rune.DecodeFromUtf8(utf8[i..], out var rune, out var consumed);
            var count = rune.EncodeToUtf16(units);
            foreach (var c in units[..count])
            {
                hash = (hash ^ (byte)c) * 16777619u;
                hash = (hash ^ (byte)(c >> 8)) * 16777619u;
            }

            i += consumed;
        }

        return hash;
    }
}
