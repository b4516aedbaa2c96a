using System.Buffers;
using System.Globalization;
using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Makes Skia's SVG machine-independent and fit for a web page, in one pass over its attributes: Skia numbers clip
/// paths with a process-wide counter (cl_4 in one render, cl_8 in the next), so they are renumbered in document
/// order under a prefix derived from the content (unique per chart, should pages ever inline several); coordinates
/// are rounded to 2 decimals (smaller files, and the last float digits cannot differ between CPUs); the font-family
/// names fallbacks for browsers without DejaVu Sans; and a viewBox lets the page scale the image.
/// It works on Skia's UTF-8 bytes as they are, into a buffer the caller reuses: a chart's SVG is never a string.
/// </summary>
internal static class ChartSvg
{
    /// <summary>Stands for the clip id prefix in the cleaned SVG until the content, and so the prefix, is known.</summary>
    public const byte IdMark = 0x01;

    private const int MaxFastDigits = 15;                    // a mantissa of up to 15 digits fits a long and a double exactly
    private const long MaxFastHundredths = 100_000_000_000; // below 1e9 "0.##" of the rounded value is its hundredths exactly

    private static readonly byte[] CssFamily = Encoding.UTF8.GetBytes(ChartFont.CssFamily);

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000];

    private static ReadOnlySpan<byte> SkiaFamily => "DejaVu Sans"u8;

    /// <summary>The cleaned SVG as a string, with the clip id prefix in place (for tests and tools).</summary>
    public static string Clean(string svg, int width, int height)
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(1, svg.Length));
        var prefix = Clean(Encoding.UTF8.GetBytes(svg), width, height, output);
        return Encoding.UTF8.GetString(output.WrittenSpan).Replace(((char)IdMark).ToString(), Encoding.ASCII.GetString(prefix), StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes the cleaned <paramref name="svg"/> (UTF-8) to <paramref name="output"/>, each clip id as
    /// <see cref="IdMark"/> and its number, and returns the prefix (ASCII) that the marks stand for.
    /// </summary>
    /// <param name="rootClass">
    /// When given, the root element is made a drawing to nest in another SVG: it fills its parent (width and height
    /// 100 %, scaled by the viewBox) and carries this class.
    /// </param>
    public static byte[] Clean(ReadOnlySpan<byte> svg, int width, int height, ArrayBufferWriter<byte> output, string? rootClass = null)
    {
        output.ResetWrittenCount();
        List<Range>? clips = null;
        var viewBoxDone = false;
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
            output.Append(svg[done..(eq + 2)]);
            if (name.SequenceEqual("id"u8) && value.StartsWith("cl_"u8))
            {
                AppendClip(output, svg, ref clips, eq + 2, value.Length);
            }
            else if (value.StartsWith("url(#cl_"u8) && value.EndsWith(")"u8))
            {
                output.Append("url(#"u8);
                AppendClip(output, svg, ref clips, eq + 2 + 5, value.Length - 6);
                output.Append((byte)')');
            }
            else if (rootClass is not null && !viewBoxDone && (name.SequenceEqual("width"u8) || name.SequenceEqual("height"u8)))
            {
                output.Append("100%"u8);
            }
            else if (name.SequenceEqual("font-family"u8) && value.SequenceEqual(SkiaFamily))
            {
                output.Append(CssFamily);
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
            done = close + 1;
            if (!viewBoxDone && name.SequenceEqual("height"u8))
            {
                // The first width and height are the root element's.
                output.Append(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"")));
                if (rootClass is not null)
                {
                    output.Append(Encoding.ASCII.GetBytes($" class=\"{rootClass}\""));
                }

                viewBoxDone = true;
            }
        }

        output.Append(svg[done..]);
        return Encoding.ASCII.GetBytes("c" + Fnv1a(output.WrittenSpan).ToString("x8", CultureInfo.InvariantCulture) + "-");
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

    /// <summary>Copies an attribute value with every number in it rounded to 2 decimals ("-0" written as "0").</summary>
    private static void AppendRounded(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> value)
    {
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            if (value[i] == '-' && i + 1 < value.Length && (char.IsAsciiDigit((char)value[i + 1]) || value[i + 1] == '.'))
            {
                i++;
            }

            if (i < value.Length && (char.IsAsciiDigit((char)value[i]) || (value[i] == '.' && i + 1 < value.Length && char.IsAsciiDigit((char)value[i + 1]))))
            {
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

                AppendRoundedNumber(output, value[start..i], exponent);
                continue;
            }

            output.Append(value[start]);
            i = start + 1;
        }
    }

    /// <summary>
    /// One number rounded to 2 decimals, written as <c>Math.Round(n, 2, AwayFromZero).ToString("0.##")</c> would.
    /// Skia's plain decimals of up to 15 digits take a fast path in integers: the hundredths are the mantissa divided by
    /// a power of ten, rounded half away from zero, which is what the double arithmetic gives unless the remainder is
    /// within its rounding error of a half (then the doubles decide, as the runtime computes them); below 1e9 the 15
    /// significant digits that "0.##" formats a double with are exactly those hundredths. Anything else is parsed and
    /// formatted by the runtime. A test compares the paths on many numbers.
    /// </summary>
    internal static void AppendRoundedNumber(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> number, bool exponent)
    {
        if (exponent || !TryHundredths(number, out var hundredths))
        {
            AppendRoundedSlow(output, number);
            return;
        }

        if (hundredths < 0)
        {
            output.Append((byte)'-');
            hundredths = -hundredths;
        }

        output.AppendLong(hundredths / 100);
        var fraction = (int)(hundredths % 100);
        if (fraction != 0)
        {
            output.Append((byte)'.');
            output.Append((byte)('0' + (fraction / 10)));
            if (fraction % 10 != 0)
            {
                output.Append((byte)('0' + (fraction % 10)));
            }
        }
    }

    /// <summary>The general path: the runtime's parsing and "0.##" formatting.</summary>
    internal static void AppendRoundedSlow(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> number)
    {
        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0;
        Span<byte> buffer = stackalloc byte[64];
        rounded.TryFormat(buffer, out var written, "0.##", CultureInfo.InvariantCulture);
        output.Append(buffer[..written]);
    }

    /// <summary>
    /// The number (an optional '-', digits with at most one '.', at most 15 digits) rounded to hundredths as
    /// Math.Round(double.Parse(number), 2, AwayFromZero) rounds it, when that is below 1e9 and not too close to a tie.
    /// </summary>
    private static bool TryHundredths(ReadOnlySpan<byte> number, out long hundredths)
    {
        hundredths = 0;
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
        if (decimals <= 2)
        {
            result = mantissa * PowersOfTen[2 - decimals];
        }
        else
        {
            // value × 100 = mantissa / divisor. The doubles (m / 10^k, then × 100) are off by at most ~3e-16 of it,
            // under 3e-5 below 1e11: a remainder further than 1e-4 from a half rounds the same way in both.
            var divisor = PowersOfTen[decimals - 2];
            var quotient = mantissa / divisor;
            var twice = 2 * (mantissa % divisor);
            if (Math.Abs(twice - divisor) * 5000 <= divisor)
            {
                return TryHundredthsOfDouble(number, out hundredths);
            }

            result = quotient + (twice > divisor ? 1 : 0);
        }

        if (result >= MaxFastHundredths)
        {
            return false;
        }

        hundredths = negative ? -result : result;
        return true;
    }

    /// <summary>Near a tie: the hundredths of the runtime's own rounding of the parsed double.</summary>
    private static bool TryHundredthsOfDouble(ReadOnlySpan<byte> number, out long hundredths)
    {
        var rounded = Math.Round(double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
        hundredths = (long)Math.Round(rounded * 100);
        return Math.Abs(hundredths) < MaxFastHundredths;
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
