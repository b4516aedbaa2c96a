using System.Buffers;
using System.Text;

namespace OkrSite.Core.Load.Data;

/// <summary>What is wrong with the quoting of a record, as <see cref="CsvRawRecord.FindQuoteProblem"/> finds it.</summary>
internal enum QuoteProblem
{
    None,

    /// <summary>A quoted field that never closes: everything after it was swallowed into one field.</summary>
    Unterminated,

    /// <summary>A quote inside an unquoted field, such as <c>12" screen</c>.</summary>
    Stray,

    /// <summary>A quote after leading spaces (<c>a, "b"</c>): RFC 4180 only opens a quote at the very start of a field.</summary>
    AfterSpace,

    /// <summary>Text after the closing quote, such as <c>"12" screen</c>.</summary>
    TextAfterClosingQuote,
}

/// <summary>
/// Positions inside a raw record, for messages only. CsvHelper reports where a record starts, not where inside it a
/// problem is, so these rescan the record; they run only for records that have a problem, never per row.
/// Positions are relative to the record's first line: a 0-based line offset and a 1-based column in UTF-16 chars.
/// </summary>
internal static class CsvRawRecord
{
    /// <summary>The 1-based column where each field starts, 0 for fields that start on a later line of the record.</summary>
    public static int[] FieldColumns(ReadOnlySpan<byte> raw, char delimiter, int fieldCount)
    {
        var columns = new int[fieldCount];
        if (fieldCount == 0)
        {
            return columns;
        }

        columns[0] = 1;
        var field = 0;
        var quoted = false;
        var onFirstLine = true;
        var counted = 0;
        var chars = 0;
        for (var i = 0; i < raw.Length && field + 1 < fieldCount; i++)
        {
            var b = raw[i];
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (b is (byte)'\n' or (byte)'\r')
            {
                onFirstLine = false;
            }
            else if (!quoted && b == delimiter)
            {
                // Columns count UTF-16 chars, as editors do, not the UTF-8 bytes of the record.
                chars += Encoding.UTF8.GetCharCount(raw[counted..(i + 1)]);
                counted = i + 1;
                field++;
                columns[field] = onFirstLine ? chars + 1 : 0;
            }
        }

        return columns;
    }

    public static int FieldColumn(ReadOnlySpan<byte> raw, char delimiter, int field)
    {
        var columns = FieldColumns(raw, delimiter, field + 1);
        return columns[field];
    }

    /// <summary>Where the first byte that is not valid UTF-8 is, or null when the record is valid.</summary>
    public static (int LineOffset, int Column, byte Byte)? FindInvalidUtf8(ReadOnlySpan<byte> raw)
    {
        for (var i = 0; i < raw.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(raw[i..], out _, out var consumed) != OperationStatus.Done)
            {
                var (lineOffset, lineStart) = LineOf(raw, i);
                return (lineOffset, Encoding.UTF8.GetCharCount(raw[lineStart..i]) + 1, raw[i]);
            }

            i += consumed;
        }

        return null;
    }

    /// <summary>Finds the first quoting problem in <paramref name="raw"/> the way an RFC 4180 reader sees it.</summary>
    public static (QuoteProblem Problem, int LineOffset, int Column) FindQuoteProblem(string raw, char delimiter)
    {
        var i = 0;
        while (i <= raw.Length)
        {
            if (i < raw.Length && raw[i] == '"')
            {
                var opening = i;
                var closed = false;
                for (i++; i < raw.Length; i++)
                {
                    if (raw[i] != '"')
                    {
                        continue;
                    }

                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                        continue;
                    }

                    closed = true;
                    i++;
                    break;
                }

                if (!closed)
                {
                    return At(QuoteProblem.Unterminated, raw, opening);
                }

                if (i < raw.Length && raw[i] != delimiter)
                {
                    return At(QuoteProblem.TextAfterClosingQuote, raw, i);
                }
            }
            else
            {
                var start = i;
                for (; i < raw.Length && raw[i] != delimiter; i++)
                {
                    if (raw[i] == '"')
                    {
                        var afterSpace = raw.AsSpan(start, i - start).IsWhiteSpace();
                        return At(afterSpace ? QuoteProblem.AfterSpace : QuoteProblem.Stray, raw, i);
                    }
                }
            }

            // Now on a delimiter (or past the end): the next field starts after it.
            i++;
        }

        return (QuoteProblem.None, 0, 0);
    }

    private static (QuoteProblem, int, int) At(QuoteProblem problem, string raw, int index)
    {
        var lineOffset = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')))
            {
                lineOffset++;
                lineStart = i + 1;
            }
        }

        return (problem, lineOffset, index - lineStart + 1);
    }

    /// <summary>The 0-based line offset of <paramref name="index"/> and the index where that line starts; CR, LF and CRLF each end a line.</summary>
    private static (int LineOffset, int LineStart) LineOf(ReadOnlySpan<byte> raw, int index)
    {
        var lineOffset = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')))
            {
                lineOffset++;
                lineStart = i + 1;
            }
        }

        return (lineOffset, lineStart);
    }
}
