using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Data;

/// <summary>
/// One pass over one file: the header, then row by row into the sink. Cells are decoded into a reused buffer and
/// parsed as spans, so a row costs no allocation beyond the metric and note strings of long files (which CsvHelper
/// pools per column).
/// </summary>
internal sealed class CsvFileReading(string file, CsvOptions options, IDataPointSink sink, DiagnosticBag diagnostics)
{
    // A record that has not ended after this many bytes is an unclosed quote swallowing the file; CsvHelper would
    // otherwise buffer the whole rest of the file to find its end.
    internal const int MaxRecordBytes = 1024 * 1024;

    private readonly CsvProblemLog _problems = new(file, diagnostics);
    private char[] _cell = new char[256];
    private char _delimiter = ',';
    private char _decimal = '.';
    private CsvShape? _shape;
    private int _rows;
    private int _values;

    private List<string>? _headerNames;
    private int[] _headerColumns = [];
    private int _headerLine;
    private CsvHeader? _header;
    private bool[] _unnamedReported = [];

    // Long files: the metric spellings already declared to the sink, so a row costs a lookup, not a column scan.
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    // Set by the malformed-record callback when the header itself is broken: nothing after it can be read.
    private bool _stop;

    public CsvFileSummary Run(Stream stream)
    {
        try
        {
            var dialect = CsvDialect.Sniff(stream);
            _delimiter = dialect.Delimiter;
            if (dialect.ForeignEncoding is { } encoding)
            {
                _problems.Report(Codes.DataNotUtf8, 1, 0, $"file is {encoding}, not UTF-8 (it starts with a {encoding} byte order mark); export it again as 'CSV UTF-8' or convert it to UTF-8");
                return Summary();
            }

            if (Utf16Sniffer.Detect(dialect.Peeked.AsSpan(0, dialect.PeekedLength)) is { } utf16)
            {
                _problems.Report(Codes.DataNotUtf8, 1, 0, $"file looks like {utf16} (every other byte is zero), not UTF-8; export it again as 'CSV UTF-8' or convert it to UTF-8");
                return Summary();
            }

            _decimal = options.DecimalSeparator ?? (_delimiter == ';' ? ',' : '.');
            using var input = new ReplayStream(dialect.Peeked, dialect.PeekedLength, stream);
            using var reader = CsvReader.Create(input, ReaderOptions(), leaveOpen: true);
            ReadRecords(reader, dialect.HasSeparatorLine);
        }
        catch (CsvFormatException ex)
        {
            // With malformed records skipped, CsvHelper throws only for a record too long to buffer.
            _problems.Report(Codes.DataBadQuote, ex.LineNumber, 0, string.Create(CultureInfo.InvariantCulture, $"row is longer than {MaxRecordBytes / 1024 / 1024} MiB, most likely because a quoted field on or after this line is never closed; close the quote (a quote inside a quoted field is written twice: \"\"); the rest of the file is not read"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _problems.Report(Codes.DataUnreadable, 0, 0, $"the file cannot be read: {ex.Message}");
        }

        return Summary();
    }

    private CsvFileSummary Summary() => new(_shape, _delimiter, _rows, _values);

    private CsvReaderOptions ReaderOptions() => new()
    {
        Separator = _delimiter,
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Skip,
        OnMalformedRecord = OnMalformedRecord,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        MaxRecordSize = MaxRecordBytes,
        PoolStrings = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private void ReadRecords(CsvReader reader, bool skipSeparatorLine)
    {
        var dependsOnFirstRow = false;
        while (reader.Read())
        {
            if (_stop)
            {
                return;
            }

            var line = (int)Math.Min(reader.LineNumber, int.MaxValue);
            var raw = reader.RawRecord;
            if (!Utf8.IsValid(raw))
            {
                ReportNotUtf8(raw, line);
                return;
            }

            if (IsBlank(raw))
            {
                continue;
            }

            if (skipSeparatorLine)
            {
                skipSeparatorLine = false;
                continue;
            }

            if (_headerNames is null)
            {
                if (!ReadHeader(reader, raw, line, out dependsOnFirstRow))
                {
                    return;
                }

                continue;
            }

            if (dependsOnFirstRow)
            {
                if (AllEmpty(reader))
                {
                    continue;
                }

                dependsOnFirstRow = false;
                if (!ChooseShapeFromFirstRow(reader))
                {
                    return;
                }
            }

            if (_header!.Shape == CsvShape.Long)
            {
                ReadLongRow(reader, line);
            }
            else
            {
                ReadWideRow(reader, line);
            }
        }

        if (_stop)
        {
            return;
        }

        if (_headerNames is null)
        {
            _problems.Report(Codes.DataEmpty, 0, 0, "file is empty; remove it or export the data again");
        }
        else if (dependsOnFirstRow)
        {
            _problems.Report(Codes.DataBadHeader, _headerLine, 0, CsvHeader.Unrecognized(_headerNames));
        }
        else if (_rows == 0)
        {
            _problems.Report(Codes.DataEmpty, _headerLine, 0, "file has a header but no data rows; remove it or export the data again");
        }
    }

    /// <summary>Reads the header row; false when the file cannot be read any further.</summary>
    private bool ReadHeader(CsvReader reader, ReadOnlySpan<byte> raw, int line, out bool dependsOnFirstRow)
    {
        dependsOnFirstRow = false;
        _headerLine = line;
        _headerNames = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            // Not reader.GetString: its string pool keeps a table per column, hundreds of MB for a 200,000-column header.
            _headerNames.Add(Cell(reader, i).Trim('\uFEFF').ToString());
        }

        _headerColumns = CsvRawRecord.FieldColumns(raw, _delimiter, reader.FieldCount);
        switch (CsvHeader.Classify(_headerNames, out var header, out var problem))
        {
            case HeaderVerdict.Long or HeaderVerdict.Wide:
                Accept(header!);
                return true;
            case HeaderVerdict.DependsOnFirstRow:
                dependsOnFirstRow = true;
                return true;
            default:
                ReportHeaderProblem(problem!.Value);
                return false;
        }
    }

    /// <summary>A header that names no shape is wide when the first data row starts with a date (the format ignores the date column's name).</summary>
    private bool ChooseShapeFromFirstRow(CsvReader reader)
    {
        var first = Cell(reader, 0);
        if (DateParser.Parse(first, options.DateFormat, out _) != DateParseStatus.Date)
        {
            var message = CsvHeader.Unrecognized(_headerNames!) + $"; the first data row starts with {Quote(first.ToString())}, which is not a date either";
            _problems.Report(Codes.DataBadHeader, _headerLine, 0, message);
            return false;
        }

        if (CsvHeader.Wide(_headerNames!, out var header, out var problem) != HeaderVerdict.Wide)
        {
            ReportHeaderProblem(problem!.Value);
            return false;
        }

        Accept(header!);
        return true;
    }

    private void Accept(CsvHeader header)
    {
        _header = header;
        _shape = header.Shape;
        _unnamedReported = new bool[header.FieldCount];
        foreach (var duplicate in header.Duplicates)
        {
            ReportHeaderProblem(duplicate);
        }

        for (var i = 0; i < header.Metrics.Length; i++)
        {
            if (header.Metrics[i] is { } metric)
            {
                sink.Declare(metric, _headerLine, i < _headerColumns.Length ? _headerColumns[i] : 0, isColumn: true);
            }
        }
    }

    private void ReportHeaderProblem(HeaderProblem problem) =>
        _problems.Report(Codes.DataBadHeader, _headerLine, problem.Field >= 0 && problem.Field < _headerColumns.Length ? _headerColumns[problem.Field] : 0, problem.Message);

    private void ReadLongRow(CsvReader reader, int line)
    {
        var header = _header!;
        if (!HasHeaderFieldCount(reader, line))
        {
            return;
        }

        var valueStatus = NumberParser.Parse(Cell(reader, header.ValueIndex), _decimal, out var value);
        var dateCell = Cell(reader, header.DateIndex);
        if (dateCell.IsEmpty && valueStatus == NumberParseStatus.Missing)
        {
            // A row without date and value carries nothing: a trailing or spacer row.
            return;
        }

        _rows++;
        var date = default(DateOnly);
        var ok = dateCell.IsEmpty
            ? Problem(Codes.DataBadDate, line, FieldColumn(reader, header.DateIndex), "row has a value but no date; fill in the date")
            : ParseDate(reader, header.DateIndex, dateCell, line, out date);

        var metric = reader.GetString(header.MetricIndex).Trim();
        if (metric.Length == 0 && valueStatus != NumberParseStatus.Missing)
        {
            ok = Problem(Codes.DataBadNumber, line, FieldColumn(reader, header.MetricIndex), "row has a value but no metric id; fill in the metric column");
        }
        else if (metric.Length > 0 && _declared.Add(metric))
        {
            sink.Declare(metric, line, FieldColumn(reader, header.MetricIndex), isColumn: false);
        }

        if (valueStatus is NumberParseStatus.NotANumber or NumberParseStatus.OutOfRange or NumberParseStatus.TooSmall)
        {
            ok = ReportBadNumber(reader, header.ValueIndex, metric, valueStatus, line);
        }

        if (ok && valueStatus == NumberParseStatus.Number)
        {
            string? note = null;
            if (header.NoteIndex >= 0)
            {
                note = reader.GetString(header.NoteIndex).Trim();
                note = note.Length == 0 ? null : note;
            }

            sink.Add(metric, date, value, note, line);
            _values++;
        }
    }

    private void ReadWideRow(CsvReader reader, int line)
    {
        var header = _header!;
        if (!HasHeaderFieldCount(reader, line))
        {
            return;
        }

        var dateCell = Cell(reader, 0);
        var date = default(DateOnly);
        bool dateOk;
        if (dateCell.IsEmpty)
        {
            if (AllEmpty(reader))
            {
                return;
            }

            dateOk = Problem(Codes.DataBadDate, line, 1, "row has values but no date; fill in the date");
        }
        else
        {
            dateOk = ParseDate(reader, 0, dateCell, line, out date);
        }

        _rows++;
        for (var i = 1; i < header.FieldCount; i++)
        {
            var status = NumberParser.Parse(Cell(reader, i), _decimal, out var value);
            if (status == NumberParseStatus.Missing)
            {
                continue;
            }

            if (header.Metrics[i] is not { } metric)
            {
                if (header.Unnamed[i] && !_unnamedReported[i])
                {
                    _unnamedReported[i] = true;
                    _problems.Report(Codes.DataBadHeader, _headerLine, i < _headerColumns.Length ? _headerColumns[i] : 0, string.Create(CultureInfo.InvariantCulture, $"column {i + 1} has no name in the header but holds values (first on line {line}); name it by its metric id, or clear the column"));
                }

                continue;
            }

            if (status != NumberParseStatus.Number)
            {
                ReportBadNumber(reader, i, metric, status, line);
            }
            else if (dateOk)
            {
                sink.Add(metric, date, value, null, line);
                _values++;
            }
        }
    }

    private bool HasHeaderFieldCount(CsvReader reader, int line)
    {
        var expected = _header!.FieldCount;
        if (reader.FieldCount == expected)
        {
            return true;
        }

        if (!AllEmpty(reader))
        {
            _rows++;
            var advice = reader.FieldCount > expected
                ? $"a value that contains the delimiter {DelimiterName(_delimiter)} must be quoted"
                : "add the missing cells (they may be empty)";
            Problem(Codes.DataFieldCount, line, 0, string.Create(CultureInfo.InvariantCulture, $"row has {reader.FieldCount} fields but the header has {expected}; {advice}"));
        }

        return false;
    }

    private bool ParseDate(CsvReader reader, int field, ReadOnlySpan<char> cell, int line, out DateOnly date)
    {
        var status = DateParser.Parse(cell, options.DateFormat, out date);
        if (status == DateParseStatus.Date)
        {
            return true;
        }

        var text = Quote(cell.ToString());
        string message;
        if (status == DateParseStatus.OutOfRange)
        {
            return Problem(Codes.DataDateOutOfRange, line, FieldColumn(reader, field), $"date {text} is outside the supported dates {SupportedDates.Description}; check the year");
        }

        if (status == DateParseStatus.NoSuchDate)
        {
            message = $"date {text} does not exist; check the day, month and time";
        }
        else if (string.IsNullOrWhiteSpace(options.DateFormat))
        {
            message = $"date {text} is not in a known format; write it as yyyy-MM-dd (accepted: {DateParser.BuiltInFormats}), or set csv.dateFormat in site.json to the format of this file, such as \"MM/dd/yyyy\"";
        }
        else
        {
            message = $"date {text} matches neither csv.dateFormat '{options.DateFormat}' from site.json nor a built-in format ({DateParser.BuiltInFormats})";
        }

        return Problem(Codes.DataBadDate, line, FieldColumn(reader, field), message);
    }

    private bool ReportBadNumber(CsvReader reader, int field, string metric, NumberParseStatus status, int line)
    {
        var raw = Cell(reader, field).ToString();
        var text = Quote(raw);
        var subject = metric.Length == 0 ? $"value {text}" : $"value {text} for metric {Quote(metric)}";
        string message;
        if (status == NumberParseStatus.OutOfRange)
        {
            message = $"{subject} is too large to be a number; check the value";
        }
        else if (status == NumberParseStatus.TooSmall)
        {
            message = $"{subject} is nearer to 0 than the smallest number (5e-324) and would read as 0; write 0 if it is 0";
        }
        else if (_decimal is ',' or '.' && NumberParser.Parse(raw, _decimal == ',' ? '.' : ',', out _) == NumberParseStatus.Number)
        {
            // The value would be fine with the other decimal separator: say so, since that is the likely fix.
            var other = _decimal == ',' ? '.' : ',';
            var why = options.DecimalSeparator is null
                ? $"the decimal separator of a file delimited by {DelimiterName(_delimiter)} is '{_decimal}'"
                : $"csv.decimal in site.json is '{_decimal}'";
            message = $"{subject} is not a number: {why}; set csv.decimal to '{other}' in site.json if this file writes decimals with '{other}'";
        }
        else
        {
            message = $"{subject} is not a number; leave the cell empty if there is no value";
        }

        return Problem(Codes.DataBadNumber, line, FieldColumn(reader, field), message);
    }

    private void OnMalformedRecord(CsvMalformedRecord record)
    {
        if (_stop)
        {
            return;
        }

        var (problem, lineOffset, column) = CsvRawRecord.FindQuoteProblem(record.RawRecord, _delimiter);
        if (problem == QuoteProblem.None)
        {
            problem = record.Reason == CsvMalformedReason.UnterminatedQuote ? QuoteProblem.Unterminated : QuoteProblem.Stray;
            lineOffset = 0;
            column = 0;
        }

        var message = problem switch
        {
            QuoteProblem.Unterminated => "quoted field is never closed, so the rest of the file was read into it; close the quote (a quote inside a quoted field is written twice: \"\")",
            QuoteProblem.AfterSpace => "quote after a space: a field is quoted only when the quote is its first character; remove the space before the quote",
            QuoteProblem.TextAfterClosingQuote => "text after the closing quote of a quoted field; quote the whole value and write each quote inside it twice (\"\")",
            _ => "quote inside an unquoted field; quote the whole value and write each quote inside it twice (\"\")",
        };

        var isHeader = _headerNames is null;
        if (isHeader)
        {
            // The header decides how every row is read; guessing it from the next row would only add noise.
            message = "header row: " + message;
            _stop = true;
        }
        else
        {
            _rows++;
        }

        // An unterminated quote is reported where the quote opens, which can be lines below the start of its row.
        var line = record.LineNumber + (problem == QuoteProblem.Unterminated ? lineOffset : 0);
        _problems.Report(Codes.DataBadQuote, line, problem == QuoteProblem.Unterminated || lineOffset == 0 ? column : 0, message);
    }

    private void ReportNotUtf8(ReadOnlySpan<byte> raw, int line)
    {
        var found = CsvRawRecord.FindInvalidUtf8(raw);
        var (lineOffset, column, value) = found ?? (0, 0, (byte)0);
        _problems.Report(Codes.DataNotUtf8, line + lineOffset, column, string.Create(CultureInfo.InvariantCulture, $"file is not UTF-8 (byte 0x{value:X2} here is not valid UTF-8; Excel's plain 'CSV' format writes Windows-1252); export it again as 'CSV UTF-8' or convert it to UTF-8; the rest of the file is not read"));
    }

    private bool Problem(DiagnosticCode code, int line, int column, string message)
    {
        _problems.Report(code, line, column, message);
        return false;
    }

    /// <summary>The trimmed text of a cell, valid until the next cell is read.</summary>
    private ReadOnlySpan<char> Cell(CsvReader reader, int field)
    {
        var bytes = reader.GetSpan(field);
        if (bytes.Length > _cell.Length)
        {
            _cell = new char[Math.Max(bytes.Length, _cell.Length * 2)];
        }

        var length = Encoding.UTF8.GetChars(bytes, _cell);
        return _cell.AsSpan(0, length).Trim();
    }

    /// <summary>Whether every cell is empty or a missing marker: a spacer row, whatever its field count.</summary>
    private bool AllEmpty(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!NumberParser.IsMissing(Cell(reader, i)))
            {
                return false;
            }
        }

        return true;
    }

    private int FieldColumn(CsvReader reader, int field) => CsvRawRecord.FieldColumn(reader.RawRecord, _delimiter, field);

    private bool IsBlank(ReadOnlySpan<byte> raw)
    {
        foreach (var b in raw)
        {
            if (b != ' ' && b != '\t' && b != _delimiter)
            {
                return false;
            }
        }

        return true;
    }

    private static string DelimiterName(char delimiter) => delimiter == '\t' ? "tab" : $"'{delimiter}'";

    /// <summary>A cell as messages show it: quoted, on one line, and cut short when long.</summary>
    private static string Quote(string text)
    {
        const int max = 60;
        var shown = text.Length > max ? string.Concat(text.AsSpan(0, max), "…") : text;
        return "'" + shown.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "'";
    }
}
