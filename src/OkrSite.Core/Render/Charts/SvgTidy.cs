using System.Buffers;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The first pass over Skia's SVG, before <see cref="ChartSvg.Clean(ReadOnlySpan{byte}, int, int, ArrayBufferWriter{byte}, string?)"/>:
/// ScottPlot clips every plottable to the data area on its own, and Skia writes a new &lt;clipPath&gt; with its own
/// &lt;g&gt; for each, 30 of them for one rectangle. Here a clip path whose rectangle was defined before is left out
/// and its uses point at the first one, and a group that follows a group with the same clip joins it: one clip path
/// and one group per drawing, the elements in the same order. Consecutive paths that differ only in their data (the
/// date grid's lines, the check-ins' triangles) become one path of several subpaths, which draws the same: SVG
/// starts a dash pattern again with every subpath, and paths with an opacity, which would blend where they overlap,
/// are left alone. It also drops Skia's indentation and the line breaks around a text's content (which the browser
/// drops too). Skia writes one element or one text per line, which is
/// what this reads; anything else is copied as it is.
/// </summary>
internal static class SvgTidy
{
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
        var path = new PendingPath();
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
                    Flush(output, svg, ref path, ref pendingClose);
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
                    Flush(output, svg, ref path, ref pendingClose);
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
                    Flush(output, svg, ref path, ref pendingClose);
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

                if (path.Data is not null && pendingClose < 0 && svg[path.Prefix].SequenceEqual(svg[prefix]))
                {
                    path.Data.Append(data);
                }
                else
                {
                    Flush(output, svg, ref path, ref pendingClose);
                    path = new PendingPath(prefix, new ArrayBufferWriter<byte>(Math.Max(64, data.Length * 4)));
                    path.Data!.Append(data);
                }
            }
            else
            {
                Flush(output, svg, ref path, ref pendingClose);
                if (text.StartsWith("<g"u8) && !text.EndsWith("/>"u8))
                {
                    groups.Push(-1);
                }

                // A text's content joins its tags on one line.
                var opensText = text.StartsWith("<text"u8) && !text.EndsWith("/>"u8);
                inText = (inText || opensText) && !text.EndsWith("</text>"u8);
                var nextClosesText = next < svg.Length && Trim(svg[Line(svg, next).Line]).StartsWith("</text>"u8);
                output.Append(text);
                if (!(inText && (opensText || nextClosesText)))
                {
                    output.Append((byte)'\n');
                }
            }

            at = next;
        }

        Flush(output, svg, ref path, ref pendingClose);
    }

    /// <summary>Writes the path held back, then the group close held back.</summary>
    private static void Flush(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> svg, ref PendingPath path, ref int pendingClose)
    {
        if (path.Data is { } data)
        {
            output.Append(svg[path.Prefix]);
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

    /// <summary>A path held back to take the data of the paths after it that look the same.</summary>
    private readonly record struct PendingPath(Range Prefix, ArrayBufferWriter<byte>? Data);

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
