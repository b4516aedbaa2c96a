using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.CheckIns;

/// <summary>
/// One check-ins CSV (<c>objective,kr,date,value,confidence,comment</c>) read with the data's dialect: the delimiter
/// and "sep=" line of <see cref="CsvDialect"/>, the BOM, the decimal separator of csv.decimal or the delimiter, the
/// dates of <see cref="DateParser"/> and csv.dateFormat, the numbers and missing markers of <see cref="NumberParser"/>,
/// and the same CsvHelper reader settings and file-level diagnostics (not UTF-8, quotes, field counts) as the data.
/// Every bad row is reported and left out.
/// </summary>
internal sealed class CheckInCsvReader(string file, CsvOptions options, DiagnosticBag diagnostics)
{
    /// <summary>The columns, in the order the format names them; objective, kr and date are required, and value or confidence.</summary>
    public static IReadOnlyList<string> Columns => ColumnNames;

    private static readonly string[] ColumnNames = ["objective", "kr", "date", "value", "confidence", "comment"];

    private readonly CsvProblemLog _problems = new(file, diagnostics);
    private readonly List<CheckInRow> _rows = [];
    private char _delimiter = ',';
    private char _decimal = '.';
    private int[] _index = [];
    private int _fieldCount;
    private bool _stop;

    public IReadOnlyList<CheckInRow> Read(Stream stream)
    {
        try
        {
            var dialect = CsvDialect.Sniff(stream);
            _delimiter = dialect.Delimiter;
            if (dialect.ForeignEncoding is { } encoding)
            {
                _problems.Report(Codes.DataNotUtf8, 1, 0, $"file is {encoding}, not UTF-8 (it starts with a {encoding} byte order mark); export it again as 'CSV UTF-8' or convert it to UTF-8");
                return _rows;
            }

            if (Utf16Sniffer.Detect(dialect.Peeked.AsSpan(0, dialect.PeekedLength)) is { } utf16)
            {
                _problems.Report(Codes.DataNotUtf8, 1, 0, $"file looks like {utf16} (every other byte is zero), not UTF-8; export it again as 'CSV UTF-8' or convert it to UTF-8");
                return _rows;
            }

            _decimal = options.DecimalSeparator ?? (_delimiter == ';' ? ',' : '.');
            using var input = new ReplayStream(dialect.Peeked, dialect.PeekedLength, stream);
            using var reader = CsvReader.Create(input, ReaderOptions(), leaveOpen: true);
            ReadRecords(reader, dialect.HasSeparatorLine);
        }
        catch (CsvFormatException ex)
        {
            _problems.Report(Codes.DataBadQuote, ex.LineNumber, 0, string.Create(CultureInfo.InvariantCulture, $"row is longer than {CsvFileReading.MaxRecordBytes / 1024 / 1024} MiB, most likely because a quoted field on or after this line is never closed; close the quote (a quote inside a quoted field is written twice: \"\"); the rest of the file is not read"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _problems.Report(Codes.DataUnreadable, 0, 0, $"the file cannot be read: {ex.Message}");
        }

        return _rows;
    }

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
        MaxRecordSize = CsvFileReading.MaxRecordBytes,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private void ReadRecords(CsvReader reader, bool skipSeparatorLine)
    {
        var header = false;
        var rows = 0;
        while (reader.Read() && !_stop)
        {
            var line = (int)Math.Min(reader.LineNumber, int.MaxValue);
            var raw = reader.RawRecord;
            if (!Utf8.IsValid(raw))
            {
                var (lineOffset, column, value) = CsvRawRecord.FindInvalidUtf8(raw) ?? (0, 0, (byte)0);
                _problems.Report(Codes.DataNotUtf8, line + lineOffset, column, string.Create(CultureInfo.InvariantCulture, $"file is not UTF-8 (byte 0x{value:X2} here is not valid UTF-8; Excel's plain 'CSV' format writes Windows-1252); export it again as 'CSV UTF-8' or convert it to UTF-8; the rest of the file is not read"));
                return;
            }

            if (AllEmpty(reader))
            {
                continue;
            }

            if (skipSeparatorLine)
            {
                skipSeparatorLine = false;
                continue;
            }

            if (!header)
            {
                if (!ReadHeader(reader, line))
                {
                    return;
                }

                header = true;
                continue;
            }

            rows++;
            ReadRow(reader, line);
        }

        if (_stop)
        {
            return;
        }

        if (!header)
        {
            _problems.Report(Codes.DataEmpty, 0, 0, "check-ins file is empty; remove it or add a header objective,kr,date,value,confidence,comment and rows");
        }
        else if (rows == 0)
        {
            _problems.Report(Codes.DataEmpty, 1, 0, "check-ins file has a header but no rows; remove it or add check-ins");
        }
    }

    private bool ReadHeader(CsvReader reader, int line)
    {
        _fieldCount = reader.FieldCount;
        _index = [.. Columns.Select(_ => -1)];
        var ok = true;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = Cell(reader, i).Trim('\uFEFF').Trim();
            var column = FieldColumn(reader, i);
            var known = Array.IndexOf(ColumnNames, name.ToLowerInvariant());
            if (known < 0)
            {
                var what = name.Length == 0 ? $"column {i + 1} has no name" : $"column '{name}' is not a check-ins column";
                ok = Problem(Codes.CheckInCsvBadHeader, line, column, $"{what}{Suggest.DidYouMean(name, Columns)}; a check-ins file has the columns {string.Join(',', Columns)}");
            }
            else if (_index[known] >= 0)
            {
                ok = Problem(Codes.CheckInCsvBadHeader, line, column, $"column '{name}' is named twice (first as column {_index[known] + 1}); remove one of them");
            }
            else
            {
                _index[known] = i;
            }
        }

        var missing = new[] { "objective", "kr", "date" }.Where(c => _index[Array.IndexOf(ColumnNames, c)] < 0).ToList();
        if (missing.Count > 0)
        {
            ok = Problem(Codes.CheckInCsvBadHeader, line, 0, $"the header has no {string.Join(", ", missing.Select(c => $"'{c}'"))} column; a check-ins file has the columns {string.Join(',', Columns)}");
        }
        else if (_index[3] < 0 && _index[4] < 0)
        {
            ok = Problem(Codes.CheckInCsvBadHeader, line, 0, "the header has neither a 'value' nor a 'confidence' column, so no row can say anything; add one or both");
        }

        return ok;
    }

    private void ReadRow(CsvReader reader, int line)
    {
        if (reader.FieldCount != _fieldCount)
        {
            var advice = reader.FieldCount > _fieldCount
                ? $"a value that contains the delimiter {(_delimiter == '\t' ? "tab" : $"'{_delimiter}'")} must be quoted (a comment with a comma, for example)"
                : "add the missing cells (they may be empty)";
            Problem(Codes.DataFieldCount, line, 0, string.Create(CultureInfo.InvariantCulture, $"row has {reader.FieldCount} fields but the header has {_fieldCount}; {advice}"));
            return;
        }

        var objective = Text(reader, _index[0]);
        var kr = Text(reader, _index[1]);
        var dateText = Text(reader, _index[2]);
        var ok = true;
        if (objective is null || kr is null || dateText is null)
        {
            var missing = new[] { (objective, "objective"), (kr, "kr"), (dateText, "date") }.Where(x => x.Item1 is null).Select(x => x.Item2);
            Problem(Codes.CheckInCsvIncomplete, line, 0, $"row has no {string.Join(" and no ", missing)}; fill in the objective (id or period/id), the key result's id and the date");
            return;
        }

        var date = default(DateOnly);
        var dateStatus = DateParser.Parse(dateText, options.DateFormat, out date);
        if (dateStatus != DateParseStatus.Date)
        {
            var message = dateStatus switch
            {
                DateParseStatus.OutOfRange => $"date '{dateText}' is outside the supported dates {SupportedDates.Description}; check the year",
                DateParseStatus.NoSuchDate => $"date '{dateText}' does not exist; check the day and month",
                _ => $"date '{dateText}' is not in a known format; write it as yyyy-MM-dd (accepted: {DateParser.BuiltInFormats}), or set csv.dateFormat in site.json",
            };
            ok = Problem(Codes.CheckInCsvBadDate, line, FieldColumn(reader, _index[2]), message);
        }

        double? value = null;
        if (_index[3] >= 0)
        {
            var cell = Cell(reader, _index[3]);
            var status = NumberParser.Parse(cell, _decimal, out var number);
            if (status == NumberParseStatus.Number)
            {
                value = number;
            }
            else if (status != NumberParseStatus.Missing)
            {
                var hint = NumberParser.Parse(cell, _decimal == ',' ? '.' : ',', out _) == NumberParseStatus.Number
                    ? $"; the decimal separator of this file is '{_decimal}' (set csv.decimal in site.json if it writes decimals otherwise)"
                    : "; leave the cell empty if the check-in has no value";
                ok = Problem(Codes.CheckInCsvBadNumber, line, FieldColumn(reader, _index[3]), $"value '{cell}' is not a number{hint}");
            }
        }

        double? confidence = null;
        if (_index[4] >= 0 && Text(reader, _index[4]) is { } confidenceText && !NumberParser.IsMissing(confidenceText))
        {
            confidence = ConfidenceScale.Parse(confidenceText, _decimal, out var problem);
            if (problem is not null)
            {
                ok = Problem(Codes.CheckInCsvBadConfidence, line, FieldColumn(reader, _index[4]), $"confidence {problem}");
            }
        }

        if (!ok)
        {
            return;
        }

        if (value is null && confidence is null)
        {
            Problem(Codes.CheckInCsvIncomplete, line, 0, "row has neither a value nor a confidence; fill in at least one of them");
            return;
        }

        var comment = _index[5] >= 0 ? Text(reader, _index[5]) : null;
        var origin = new ValueOrigin(OriginKind.Csv, new SourceSpan(file, line), CheckIn.Field, date);
        _rows.Add(new CheckInRow(
            new Located<string>(objective, new SourceSpan(file, line, FieldColumn(reader, _index[0]))),
            new Located<string>(kr, new SourceSpan(file, line, FieldColumn(reader, _index[1]))),
            new CheckIn(date, value, confidence, comment, origin)));
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

        // The header decides how every row is read: a broken one stops the file.
        _stop |= _index.Length == 0;
        var line = record.LineNumber + (problem == QuoteProblem.Unterminated ? lineOffset : 0);
        _problems.Report(Codes.DataBadQuote, line, problem == QuoteProblem.Unterminated || lineOffset == 0 ? column : 0, message);
    }

    private bool Problem(DiagnosticCode code, int line, int column, string message)
    {
        _problems.Report(code, line, column, message);
        return false;
    }

    /// <summary>The trimmed text of a cell; null when it is empty.</summary>
    private static string? Text(CsvReader reader, int field)
    {
        var text = Cell(reader, field);
        return text.Length == 0 ? null : text;
    }

    private static string Cell(CsvReader reader, int field) => Encoding.UTF8.GetString(reader.GetSpan(field)).Trim();

    private static bool AllEmpty(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (Cell(reader, i).Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private int FieldColumn(CsvReader reader, int field) => CsvRawRecord.FieldColumn(reader.RawRecord, _delimiter, field);
}
