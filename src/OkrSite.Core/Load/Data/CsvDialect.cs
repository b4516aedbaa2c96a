using System.Text;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// The delimiter of a file, found from its header line before the CSV reader starts. CsvHelper can detect delimiters
/// itself, but it weighs the first 32 lines and also considers '|'; the format promises a simpler rule users can
/// predict: the most frequent of ',', ';' and tab outside quotes in the header line, ',' on a tie.
/// </summary>
internal sealed class CsvDialect
{
    // A header line longer than this is counted as far as it was read; no real header comes close.
    private const int MaxPeekBytes = 64 * 1024;

    private CsvDialect(byte[] peeked, int peekedLength, char delimiter, bool hasSeparatorLine, string? foreignEncoding)
    {
        Peeked = peeked;
        PeekedLength = peekedLength;
        Delimiter = delimiter;
        HasSeparatorLine = hasSeparatorLine;
        ForeignEncoding = foreignEncoding;
    }

    /// <summary>The bytes read from the start of the file; the reader must see them again (<see cref="ReplayStream"/>).</summary>
    public byte[] Peeked { get; }

    public int PeekedLength { get; }

    public char Delimiter { get; }

    /// <summary>Whether the first non-blank line is Excel's "sep=;" line, which names the delimiter and is not the header.</summary>
    public bool HasSeparatorLine { get; }

    /// <summary>"UTF-16" or "UTF-32" when the file starts with that byte order mark; such a file is not UTF-8.</summary>
    public string? ForeignEncoding { get; }

    public static CsvDialect Sniff(Stream stream)
    {
        var buffer = new byte[4096];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length >= MaxPeekBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, length * 2);
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (HeaderLineComplete(buffer.AsSpan(0, length)))
            {
                break;
            }
        }

        var data = buffer.AsSpan(0, length);
        var foreign = ForeignByteOrderMark(data);
        var (delimiter, separatorLine) = foreign is null ? Detect(data) : (',', false);
        return new CsvDialect(buffer, length, delimiter, separatorLine, foreign);
    }

    private static string? ForeignByteOrderMark(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? "UTF-32"
        : data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? "UTF-16"
        : null;

    private static bool HeaderLineComplete(ReadOnlySpan<byte> data)
    {
        var (_, end) = HeaderLine(data, out _);
        return end >= 0;
    }

    private static (char Delimiter, bool SeparatorLine) Detect(ReadOnlySpan<byte> data)
    {
        var (start, end) = HeaderLine(data, out var hint);
        if (hint is { } hinted)
        {
            return (hinted, true);
        }

        var line = data[start..(end < 0 ? data.Length : end)];
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var b in line)
        {
            switch (b)
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    commas++;
                    break;
                case (byte)';' when !quoted:
                    semicolons++;
                    break;
                case (byte)'\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        var delimiter = ',';
        var best = commas;
        if (semicolons > best)
        {
            delimiter = ';';
            best = semicolons;
        }

        if (tabs > best)
        {
            delimiter = '\t';
        }

        return (delimiter, false);
    }

    /// <summary>
    /// Finds the first line that is not blank: the header, or a "sep=" line. End is -1 while the line has not ended
    /// in <paramref name="data"/> (a line break inside quotes does not end it).
    /// </summary>
    private static (int Start, int End) HeaderLine(ReadOnlySpan<byte> data, out char? separatorHint)
    {
        separatorHint = null;
        var position = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (true)
        {
            var end = LineEnd(data, position);
            var line = data[position..(end < 0 ? data.Length : end)];
            if (end >= 0 && IsBlank(line))
            {
                position = NextLine(data, end);
                continue;
            }

            // Excel writes "sep=;" above the header when asked to; the delimiter is then known.
            separatorHint = SeparatorHint(line);
            return (position, end);
        }
    }

    private static int LineEnd(ReadOnlySpan<byte> data, int start)
    {
        var quoted = false;
        for (var i = start; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\n' or (byte)'\r')
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextLine(ReadOnlySpan<byte> data, int end) =>
        data[end] == '\r' && end + 1 < data.Length && data[end + 1] == '\n' ? end + 2 : end + 1;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;

    private static char? SeparatorHint(ReadOnlySpan<byte> line)
    {
        if (line.Length != 5 || !Ascii.EqualsIgnoreCase(line[..4], "sep="u8))
        {
            return null;
        }

        return line[4] switch
        {
            (byte)',' => ',',
            (byte)';' => ';',
            (byte)'\t' => '\t',
            _ => null,
        };
    }
}
