using System.Buffers;
using System.Text;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The first pass over Skia's SVG, before <see cref="ChartSvg.Clean(ReadOnlySpan{byte}, int, int, ArrayBufferWriter{byte}, string?, float?)"/>:
/// ScottPlot clips every plottable to the data area on its own, and Skia writes a new &lt;clipPath&gt; with its own
/// &lt;g&gt; for each, 30 of them for one rectangle. Here a clip path whose rectangle was defined before is left out
/// and its uses point at the first one, and a group that follows a group with the same clip joins it: one clip path
/// and one group per drawing, the elements in the same order. Consecutive paths that differ only in their data (the
/// date grid's lines, the check-ins' triangles) become one path of several subpaths, which draws the same: SVG
/// starts a dash pattern again with every subpath, and paths with an opacity, which would blend where they overlap,
/// are left alone. Outside the groups (the axes) a path also joins a like path across the texts between them (the
/// value axis alternates tick and label), and the texts follow the paths: the axes' lines and labels never overlap,
/// so the order they are painted in does not show. Texts in a row with the same fill become a group with that fill,
/// each text without it. A line's dots (<see cref="DotPath"/>: a round dot on each of its points) become a marker on
/// every vertex of the line itself: a circle defined once instead of two coordinates a dot. It also drops Skia's
/// indentation and the line breaks around a text's content (which the browser drops too). Skia writes one element
/// or one text per line, which is what this reads; anything else is copied as it is.
/// </summary>
internal static class SvgTidy
{
    /// <summary>Every path command but a line: a line with one of them is not a series of vertices.</summary>
    private static readonly SearchValues<byte> OtherCommands = SearchValues.Create("MZmzHhVvCcQqSsTtAa"u8);

    private static ReadOnlySpan<byte> ClipStart => "<clipPath id=\""u8;
    private static ReadOnlySpan<byte> ClipEnd => "</clipPath>"u8;
    private static ReadOnlySpan<byte> GroupClip => "<g clip-path=\"url(#"u8;

    public static void Tidy(ReadOnlySpan<byte> svg, ArrayBufferWriter<byte> output)
    {
        output.ResetWrittenCount();
        var clips = new List<(Range Id, Range Body)>();
        var aliases = new List<(Range Id, int Clip)>();
        var groups = new Stack<int>(); // the clip of each open group, -1 for a group without one
        var pendingClose = -1;         // a clip group's "</g>" held back: the next group may join it
        var inText = false;
        var holdingText = false;       // the text being read goes to the held texts
        var path = new PendingPath();
        var held = new HeldTexts();
        var markers = 0;
        var at = 0;
        while (at < svg.Length)
        {
            var (line, next) = Line(svg, at);
            var text = Trim(svg[line]);
            if (text.StartsWith(ClipStart) && ClipPath(svg, line, next, text.Length) is { } clipPath)
            {
                var id = IdRange(svg, line.Start.Value + (svg[line].Length - text.Length) + ClipStart.Length);
                var known = -1;
                for (var c = 0; c < clips.Count && known < 0; c++)
                {
                    known = Trimmed(svg, clips[c].Body).SequenceEqual(Trimmed(svg, clipPath.Body)) ? c : -1;
                }

                if (known >= 0)
                {
                    aliases.Add((id, known));
                }
                else
                {
                    Flush(output, svg, ref path, ref pendingClose, held);
                    clips.Add((id, clipPath.Body));
                    for (var l = line.Start.Value; l < clipPath.After; l = Line(svg, l).Next)
                    {
                        WriteLine(output, Trim(svg[Line(svg, l).Line]));
                    }
                }

                at = clipPath.After;
                continue;
            }

            if (text.StartsWith(GroupClip) && text.EndsWith(")\">"u8))
            {
                var idStart = line.Start.Value + (svg[line].Length - text.Length) + GroupClip.Length;
                var id = new Range(idStart, idStart + svg[idStart..].IndexOf((byte)')'));
                var clip = ClipOf(svg, id, clips, aliases);
                groups.Push(clip);
                if (clip >= 0 && clip == pendingClose)
                {
                    pendingClose = -1; // joins the group before it
                }
                else
                {
                    Flush(output, svg, ref path, ref pendingClose, held);
                    if (clip >= 0)
                    {
                        output.Append(GroupClip);
                        output.Append(svg[clips[clip].Id]);
                        output.Append(")\">\n"u8);
                    }
                    else
                    {
                        WriteLine(output, text);
                    }
                }
            }
            else if (text.SequenceEqual("</g>"u8) && groups.Count > 0)
            {
                // A clip group's close waits (and with it the path before it): the next group may join it.
                var clip = groups.Pop();
                if (pendingClose >= 0 || clip < 0)
                {
                    Flush(output, svg, ref path, ref pendingClose, held);
                }

                if (clip >= 0)
                {
                    pendingClose = clip;
                }
                else
                {
                    WriteLine(output, text);
                }
            }
            else if (!inText && MergeablePath(text) is { } prefixLength)
            {
                var lineStart = line.Start.Value + (svg[line].Length - text.Length);
                var prefix = new Range(lineStart, lineStart + prefixLength);
                var data = text[(prefixLength + 4)..^3];
                if (Invisible(text[..prefixLength], data))
                {
                    at = next;
                    continue; // the date axis's ticks of length 0
                }

                if (path.Data is not null && pendingClose < 0 && path.Marker is null && DotsOf(svg[path.Prefix], path.Data.WrittenSpan, text[..prefixLength], data) is { } marker)
                {
                    path = path with { Marker = marker, MarkerId = markers++ };
                }
                else if (path.Data is not null && pendingClose < 0 && path.Marker is null && svg[path.Prefix].SequenceEqual(svg[prefix]))
                {
                    path.Data.Append(data); // at the top level across the texts held after it
                }
                else
                {
                    // At the top level a path goes before the texts held before it.
                    var keepTexts = path.Data is null && pendingClose < 0 && groups.Count == 0;
                    Flush(output, svg, ref path, ref pendingClose, keepTexts ? null : held);
                    path = new PendingPath(prefix, new ArrayBufferWriter<byte>(Math.Max(64, data.Length * 4)), null, 0);
                    path.Data!.Append(data);
                }
            }
            else
            {
                // A text's content joins its tags on one line; at the top level the whole text waits among the held texts.
                var opensText = !inText && text.StartsWith("<text"u8) && !text.EndsWith("/>"u8);
                if (opensText && groups.Count == 0)
                {
                    if (pendingClose >= 0)
                    {
                        Flush(output, svg, ref path, ref pendingClose, held);
                    }

                    holdingText = true;
                    held.Start();
                }
                else if (!holdingText)
                {
                    Flush(output, svg, ref path, ref pendingClose, held);
                    if (text.StartsWith("<g"u8) && !text.EndsWith("/>"u8))
                    {
                        groups.Push(-1);
                    }
                }

                inText = (inText || opensText) && !text.EndsWith("</text>"u8);
                var nextClosesText = next < svg.Length && Trim(svg[Line(svg, next).Line]).StartsWith("</text>"u8);
                var sink = holdingText ? held.Bytes : output;
                sink.Append(text);
                if (!(inText && (opensText || nextClosesText)))
                {
                    sink.Append((byte)'\n');
                }

                if (holdingText && !inText)
                {
                    held.End();
                    holdingText = false;
                }
            }

            at = next;
        }

        if (holdingText)
        {
            held.End();
        }

        Flush(output, svg, ref path, ref pendingClose, held);
    }

    /// <summary>Writes the path held back, then the group close held back, then the texts held back (unless <paramref name="held"/> is null).</summary>
    private static void Flush(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> svg, ref PendingPath path, ref int pendingClose, HeldTexts? held)
    {
        if (path.Data is { } data)
        {
            var id = path.MarkerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (path.Marker is { } marker)
            {
                // Sized in the line's stroke widths (the marker's default units), so it fits any scale of the line.
                output.Append("<marker id=\"mk_"u8);
                output.Append(Encoding.ASCII.GetBytes(id));
                output.Append("\" overflow=\"visible\"><circle r=\""u8);
                output.Append(Encoding.ASCII.GetBytes(marker.Radius.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
                output.Append("\" fill=\""u8);
                output.Append(Encoding.ASCII.GetBytes(marker.Fill));
                output.Append("\"/></marker>\n"u8);
            }

            output.Append(svg[path.Prefix]);
            if (path.Marker is not null)
            {
                output.Append(" style=\"marker:url(#mk_"u8);
                output.Append(Encoding.ASCII.GetBytes(id));
                output.Append(")\""u8);
            }

            output.Append(" d=\""u8);
            output.Append(data.WrittenSpan);
            output.Append("\"/>\n"u8);
            path = default;
        }

        if (pendingClose >= 0)
        {
            output.Append("</g>\n"u8);
            pendingClose = -1;
        }

        held?.WriteTo(output);
    }

    /// <summary>
    /// The marker that draws the dots of <paramref name="dotsData"/> on the line of <paramref name="lineData"/>, when
    /// the dots path (Skia's "M p L p" for every dot p, stroked with round caps) has a dot on every vertex of the line
    /// (one "M" and then "L"s) and nowhere else, in the line's role: a filled circle as wide as the dots' stroke, in
    /// the line's stroke widths. Null for anything else.
    /// </summary>
    internal static DotMarker? DotsOf(ReadOnlySpan<byte> linePrefix, ReadOnlySpan<byte> lineData, ReadOnlySpan<byte> dotsPrefix, ReadOnlySpan<byte> dotsData)
    {
        if (Attribute(linePrefix, "stroke"u8) is not { Length: 7 } lineStroke || Attribute(dotsPrefix, "stroke"u8) is not { Length: 7 } dotsStroke
            || !lineStroke.StartsWith("#FD0"u8) || !dotsStroke.StartsWith("#FD00"u8) || !lineStroke[5..].SequenceEqual(dotsStroke[5..])
            || !Attribute(dotsPrefix, "stroke-linecap"u8).SequenceEqual("round"u8)
            || !double.TryParse(Attribute(linePrefix, "stroke-width"u8), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var lineWidth)
            || !double.TryParse(Attribute(dotsPrefix, "stroke-width"u8), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var dotWidth)
            || lineWidth <= 0 || dotWidth <= 0 || lineData.Length == 0 || lineData[0] != 'M' || lineData[1..].IndexOfAny(OtherCommands) >= 0)
        {
            return null;
        }

        // The dots must be exactly "M" p "L" p for each vertex p of the line, in order.
        var rest = dotsData;
        var vertices = lineData[1..];
        while (vertices.Length > 0)
        {
            var end = vertices.IndexOf((byte)'L');
            var vertex = end < 0 ? vertices : vertices[..end];
            if (rest.Length < (2 * vertex.Length) + 2 || rest[0] != 'M' || !rest[1..(1 + vertex.Length)].SequenceEqual(vertex)
                || rest[1 + vertex.Length] != 'L' || !rest[(2 + vertex.Length)..((2 * vertex.Length) + 2)].SequenceEqual(vertex))
            {
                return null;
            }

            rest = rest[((2 * vertex.Length) + 2)..];
            vertices = end < 0 ? default : vertices[(end + 1)..];
        }

        return rest.Length == 0 ? new DotMarker(dotWidth / 2 / lineWidth, "#FD00" + Encoding.ASCII.GetString(dotsStroke[5..])) : null;
    }

    /// <summary>The value of the attribute <paramref name="name"/> in an element's start tag; empty when it has none.</summary>
    private static ReadOnlySpan<byte> Attribute(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name)
    {
        for (var at = tag.IndexOf(name); at >= 0; at = NextIndex(tag, name, at + 1))
        {
            var after = at + name.Length;
            if (at > 0 && tag[at - 1] == ' ' && after + 1 < tag.Length && tag[after] == '=' && tag[after + 1] == '"')
            {
                var value = tag[(after + 2)..];
                var quote = value.IndexOf((byte)'"');
                return quote < 0 ? default : value[..quote];
            }
        }

        return default;

        static int NextIndex(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name, int from)
        {
            var i = tag[from..].IndexOf(name);
            return i < 0 ? -1 : from + i;
        }
    }

    /// <summary>
    /// For a line that is a whole path element with its data last and no opacity, the length of what comes before
    /// <c> d="</c>; null for any other line.
    /// </summary>
    private static int? MergeablePath(ReadOnlySpan<byte> text)
    {
        if (!text.StartsWith("<path "u8) || !text.EndsWith("\"/>"u8) || text.IndexOf("opacity"u8) >= 0)
        {
            return null;
        }

        var d = text.IndexOf(" d=\""u8);
        return d > 0 && text[(d + 4)..^3].IndexOf((byte)'"') < 0 ? d : null;
    }

    /// <summary>An unfilled path with butt caps (no stroke-linecap) whose one segment has no length: it draws nothing.</summary>
    private static bool Invisible(ReadOnlySpan<byte> attributes, ReadOnlySpan<byte> data)
    {
        if (attributes.IndexOf("fill=\"none\""u8) < 0 || attributes.IndexOf("stroke-linecap"u8) >= 0 || data.Length < 4 || data[0] != 'M')
        {
            return false;
        }

        var line = data.IndexOf((byte)'L');
        return line > 1 && data[(line + 1)..].IndexOfAny("MLZQC"u8) < 0 && data[1..line].SequenceEqual(data[(line + 1)..]);
    }

    /// <summary>A path held back to take the data of the paths after it that look the same, and the marker that draws its dots.</summary>
    private readonly record struct PendingPath(Range Prefix, ArrayBufferWriter<byte>? Data, DotMarker? Marker, int MarkerId);

    /// <summary>The dot of a line's marker: its radius in the line's stroke widths, its fill (a key colour).</summary>
    internal sealed record DotMarker(double Radius, string Fill);

    /// <summary>
    /// Whole texts of the top level held back (after the path held back, if any), written as they came but each run
    /// of texts with the same fill as a group with that fill.
    /// </summary>
    private sealed class HeldTexts
    {
        private readonly List<int> _starts = [];
        private int _start = -1;

        public ArrayBufferWriter<byte> Bytes { get; } = new(1024);

        public void Start() => _start = Bytes.WrittenCount;

        public void End()
        {
            if (_start >= 0)
            {
                _starts.Add(_start);
                _start = -1;
            }
        }

        public void WriteTo(ArrayBufferWriter<byte> output)
        {
            var bytes = Bytes.WrittenSpan;
            var i = 0;
            while (i < _starts.Count)
            {
                var fill = Fill(Text(bytes, i));
                var run = 1;
                while (fill.Length > 0 && i + run < _starts.Count && Fill(Text(bytes, i + run)).SequenceEqual(fill))
                {
                    run++;
                }

                if (run == 1)
                {
                    output.Append(Text(bytes, i));
                }
                else
                {
                    output.Append("<g fill=\""u8);
                    output.Append(fill);
                    output.Append("\">\n"u8);
                    for (var k = i; k < i + run; k++)
                    {
                        var text = Text(bytes, k);
                        var attribute = text.IndexOf(" fill=\""u8);
                        output.Append(text[..attribute]);
                        output.Append(text[(attribute + 8 + fill.Length)..]);
                    }

                    output.Append("</g>\n"u8);
                }

                i += run;
            }

            _starts.Clear();
            Bytes.ResetWrittenCount();
        }

        private ReadOnlySpan<byte> Text(ReadOnlySpan<byte> bytes, int index) =>
            bytes[_starts[index]..(index + 1 < _starts.Count ? _starts[index + 1] : bytes.Length)];

        /// <summary>The fill of a text's start tag; empty when it has none.</summary>
        private static ReadOnlySpan<byte> Fill(ReadOnlySpan<byte> text)
        {
            var tag = text[..Math.Max(0, text.IndexOf((byte)'>'))];
            return Attribute(tag, "fill"u8);
        }
    }

    private static void WriteLine(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> text)
    {
        output.Append(text);
        output.Append((byte)'\n');
    }

    /// <summary>The clip (its index in <paramref name="clips"/>) an id names, directly or as an alias; -1 for none.</summary>
    private static int ClipOf(ReadOnlySpan<byte> svg, Range id, List<(Range Id, Range Body)> clips, List<(Range Id, int Clip)> aliases)
    {
        var name = svg[id];
        for (var i = 0; i < clips.Count; i++)
        {
            if (svg[clips[i].Id].SequenceEqual(name))
            {
                return i;
            }
        }

        foreach (var (alias, clip) in aliases)
        {
            if (svg[alias].SequenceEqual(name))
            {
                return clip;
            }
        }

        return -1;
    }

    /// <summary>
    /// The clip path whose start tag is the line <paramref name="line"/>: its content (the lines up to its end tag, or
    /// what is between its tags on one line) and where the line after it starts; null when it has no end.
    /// </summary>
    private static (Range Body, int After)? ClipPath(ReadOnlySpan<byte> svg, Range line, int next, int trimmedLength)
    {
        var text = svg[line];
        var end = text.IndexOf(ClipEnd);
        if (end >= 0)
        {
            var open = text.IndexOf((byte)'>');
            return open < end ? (new Range(line.Start.Value + open + 1, line.Start.Value + end), next) : null;
        }

        for (var at = next; at < svg.Length; at = Line(svg, at).Next)
        {
            if (Trim(svg[Line(svg, at).Line]).StartsWith(ClipEnd))
            {
                return (new Range(next, at), Line(svg, at).Next);
            }
        }

        return null;
    }

    private static Range IdRange(ReadOnlySpan<byte> svg, int start) => new(start, start + svg[start..].IndexOf((byte)'"'));

    /// <summary>The line at <paramref name="at"/> (without its line break) and where the next one starts.</summary>
    private static (Range Line, int Next) Line(ReadOnlySpan<byte> svg, int at)
    {
        var end = svg[at..].IndexOf((byte)'\n');
        return end < 0 ? (new Range(at, svg.Length), svg.Length) : (new Range(at, at + end), at + end + 1);
    }

    private static ReadOnlySpan<byte> Trimmed(ReadOnlySpan<byte> svg, Range range)
    {
        var text = svg[range];
        var start = 0;
        while (start < text.Length && text[start] is (byte)'\t' or (byte)' ' or (byte)'\n' or (byte)'\r')
        {
            start++;
        }

        var end = text.Length;
        while (end > start && text[end - 1] is (byte)'\t' or (byte)' ' or (byte)'\n' or (byte)'\r')
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>A line without the tabs that indent it (and a carriage return).</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        var start = 0;
        while (start < line.Length && line[start] == '\t')
        {
            start++;
        }

        var end = line.Length;
        if (end > start && line[end - 1] == '\r')
        {
            end--;
        }

        return line[start..end];
    }
}
