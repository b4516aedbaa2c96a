using System.Globalization;
using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// Makes Skia's SVG machine-independent and fit for a web page, in one pass over its attributes: Skia numbers clip
/// paths with a process-wide counter (cl_4 in one render, cl_8 in the next), so they are renumbered in document
/// order under a prefix derived from the content (unique per chart, should pages ever inline several); coordinates
/// are rounded to 2 decimals (smaller files, and the last float digits cannot differ between CPUs); the font-family
/// names fallbacks for browsers without DejaVu Sans; and a viewBox lets the page scale the image.
/// </summary>
internal static class ChartSvg
{
    private const char IdMark = '\u0001'; // stands for the clip id prefix until the content is known
    private const string SkiaFamily = "DejaVu Sans";

    private static readonly string[] Geometry =
        ["d", "x", "y", "cx", "cy", "rx", "ry", "width", "height", "transform", "stroke-width", "stroke-dasharray", "stroke-dashoffset"];

    public static string Clean(string svg, int width, int height)
    {
        var output = new StringBuilder(svg.Length);
        var clips = new Dictionary<string, int>(StringComparer.Ordinal);
        var viewBoxDone = false;
        var done = 0;
        for (var eq = svg.IndexOf("=\"", StringComparison.Ordinal); eq >= 0; eq = svg.IndexOf("=\"", done, StringComparison.Ordinal))
        {
            var close = svg.IndexOf('"', eq + 2);
            if (close < 0)
            {
                break;
            }

            var nameStart = eq;
            while (nameStart > 0 && (char.IsAsciiLetter(svg[nameStart - 1]) || svg[nameStart - 1] == '-'))
            {
                nameStart--;
            }

            var name = svg.AsSpan(nameStart, eq - nameStart);
            var value = svg.AsSpan(eq + 2, close - eq - 2);
            output.Append(svg, done, eq + 2 - done);
            if (name is "id" && value.StartsWith("cl_"))
            {
                AppendClip(output, clips, value);
            }
            else if (value.StartsWith("url(#cl_") && value.EndsWith(")"))
            {
                output.Append("url(#");
                AppendClip(output, clips, value[5..^1]);
                output.Append(')');
            }
            else if (name is "font-family" && value.SequenceEqual(SkiaFamily))
            {
                output.Append(ChartFont.CssFamily);
            }
            else if (IsGeometry(name))
            {
                AppendRounded(output, value);
            }
            else
            {
                output.Append(value);
            }

            output.Append('"');
            done = close + 1;
            if (!viewBoxDone && name is "height")
            {
                // The first width and height are the root element's.
                output.Append(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\"");
                viewBoxDone = true;
            }
        }

        output.Append(svg, done, svg.Length - done);
        var text = output.ToString();
        var prefix = "c" + Fnv1a(text).ToString("x8", CultureInfo.InvariantCulture) + "-";
        return text.Replace(IdMark.ToString(), prefix, StringComparison.Ordinal);
    }

    private static bool IsGeometry(ReadOnlySpan<char> name)
    {
        foreach (var attribute in Geometry)
        {
            if (name.SequenceEqual(attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendClip(StringBuilder output, Dictionary<string, int> clips, ReadOnlySpan<char> skiaId)
    {
        var key = skiaId.ToString();
        if (!clips.TryGetValue(key, out var number))
        {
            number = clips.Count;
            clips.Add(key, number);
        }

        output.Append(IdMark).Append(number);
    }

    /// <summary>Copies an attribute value with every number in it rounded to 2 decimals ("-0" written as "0").</summary>
    private static void AppendRounded(StringBuilder output, ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[32];
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            if (value[i] == '-' && i + 1 < value.Length && (char.IsAsciiDigit(value[i + 1]) || value[i + 1] == '.'))
            {
                i++;
            }

            if (i < value.Length && (char.IsAsciiDigit(value[i]) || (value[i] == '.' && i + 1 < value.Length && char.IsAsciiDigit(value[i + 1]))))
            {
                while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] == '.'))
                {
                    i++;
                }

                if (i + 1 < value.Length && value[i] is 'e' or 'E' && (char.IsAsciiDigit(value[i + 1]) || value[i + 1] is '-' or '+'))
                {
                    i += 2;
                    while (i < value.Length && char.IsAsciiDigit(value[i]))
                    {
                        i++;
                    }
                }

                var number = double.Parse(value[start..i], NumberStyles.Float, CultureInfo.InvariantCulture);
                var rounded = Math.Round(number, 2, MidpointRounding.AwayFromZero) + 0.0;
                rounded.TryFormat(buffer, out var written, "0.##", CultureInfo.InvariantCulture);
                output.Append(buffer[..written]);
                continue;
            }

            output.Append(value[start]);
            i = start + 1;
        }
    }

    // Stable across processes and machines, unlike string.GetHashCode.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * 16777619u;
            hash = (hash ^ (byte)(c >> 8)) * 16777619u;
        }

        return hash;
    }
}
