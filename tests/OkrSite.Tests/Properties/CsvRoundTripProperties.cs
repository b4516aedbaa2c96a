using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Properties;

/// <summary>
/// Any table, written in any dialect the format accepts (docs/format.md, CSV data), reads back to the same
/// (metric, date, value, note) set without a diagnostic.
/// </summary>
public class CsvRoundTripProperties
{
    public const int Iterations = 500;

    [Property(MaxTest = Iterations)]
    public Property Any_table_in_any_dialect_reads_back_to_the_same_values() =>
        Prop.ForAll(CsvRoundTrip.Cases, c =>
        {
            var sink = new CollectingSink();
            var diagnostics = new DiagnosticBag();
            var summary = CsvDataReader.Read(new MemoryStream(c.Bytes), CsvRoundTrip.File, c.Dialect.Options, sink, diagnostics);
            var found = diagnostics.ToSortedList();

            var expected = c.Table.Expected().Order().ToList();
            var actual = sink.Points.Order().ToList();
            Assert.True(expected.SequenceEqual(actual), $"values differ\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", actual)}\n{c}");
            if (c.DataRows == 0)
            {
                var empty = Assert.Single(found);
                Assert.Equal((Codes.DataEmpty.Id, CsvRoundTrip.File), (empty.Code, empty.File));
            }
            else
            {
                Assert.True(found.Count == 0, $"unexpected diagnostics: {string.Join(" | ", found)}\n{c}");
                Assert.Equal(c.Dialect.Shape, summary.Shape);
            }

            Assert.Equal(c.Dialect.Delimiter, summary.Delimiter);
            Assert.Equal(expected.Count, summary.Values);
        });

    private sealed class CollectingSink : IDataPointSink
    {
        public List<(string Metric, DateOnly Date, double Value, string? Note)> Points { get; } = [];

        public void Add(string metric, DateOnly date, double value, string? note, int line) => Points.Add((metric, date, value, note));
    }
}

/// <summary>One value of a table: <see cref="Number"/> is its invariant text, which decides the expected double.</summary>
internal sealed record TableCell(int Metric, int Date, string Number, string? Note, int Decoration, bool Grouped)
{
    public double Value => double.Parse(Number, NumberStyles.Float, CultureInfo.InvariantCulture);
}

internal sealed record Table(string[] Metrics, DateOnly[] Dates, TableCell[] Cells)
{
    /// <summary>What the reader must produce: a note is trimmed, and an empty one is no note.</summary>
    public IEnumerable<(string Metric, DateOnly Date, double Value, string? Note)> Expected(bool notes = true) =>
        Cells.Select(c => (Metrics[c.Metric], Dates[c.Date], c.Value, notes && c.Note?.Trim() is { Length: > 0 } note ? note : null));
}

/// <summary>How the file is written: every aspect the format accepts, chosen independently.</summary>
internal sealed record Dialect(
    CsvShape Shape,
    char Delimiter,
    char? DecimalOption,
    char? Thousands,
    bool Bom,
    string NewLine,
    bool FinalNewLine,
    string DateFormat,
    bool CustomDateFormat,
    string TimeSuffix,
    bool QuoteAll,
    bool SeparatorLine,
    int BlankLines,
    bool Decorate,
    string MissingMarker,
    string DateHeader,
    bool TrailingEmptyColumn,
    int[] ColumnOrder,
    string[] HeaderSpelling,
    bool Notes)
{
    public char Decimal => DecimalOption ?? (Delimiter == ';' ? ',' : '.');

    public CsvOptions Options => new(DecimalOption, CustomDateFormat ? DateFormat : null);

    public override string ToString() =>
        $"{Shape} delimiter {(Delimiter == '\t' ? "tab" : Delimiter.ToString())} decimal {Decimal} (option {DecimalOption?.ToString() ?? "none"}) thousands {(Thousands is { } t ? $"U+{(int)t:X4}" : "none")} bom {Bom} newline {(NewLine == "\n" ? "LF" : "CRLF")} final {FinalNewLine} dates '{DateFormat}'{(CustomDateFormat ? " (csv.dateFormat)" : string.Empty)}{TimeSuffix} quoteAll {QuoteAll} sep= {SeparatorLine} blanks {BlankLines} decorate {Decorate} missing '{MissingMarker}' dateHeader '{DateHeader}'";
}

internal sealed record RoundTripCase(Table Table, Dialect Dialect, byte[] Bytes, int DataRows)
{
    public override string ToString() =>
        $"dialect: {Dialect}\nfile ({Bytes.Length} bytes):\n{Encoding.UTF8.GetString(Bytes).Replace("\r", "\\r", StringComparison.Ordinal)}";
}

/// <summary>Generators for tables and dialects, and the writer that renders a table in a dialect.</summary>
internal static class CsvRoundTrip
{
    public const string File = "content/data/generated.csv";

    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string IdChars = Lower + "0123456789-";

    // Words a metric id may collide with; 'metric' is left out of wide files, where it announces a long file.
    private static readonly string[] Reserved = ["date", "value", "note", "day", "week", "month", "null", "metric"];

    private static readonly string[] NotePieces =
    [
        "Webinar", "price change", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", " ", "  ", "\u00A0", "é", "€", "🚀", "中文", "עברית",
        "Ünïcødé", "#N/A", "null", "-", "sep=;", "'", "=1+2", "\u2212", "%", "(5)", "$", "\\", "…",
    ];

    private static readonly string[] BuiltInDateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd"];

    private static readonly string[] CustomDateFormats = ["MM/dd/yyyy", "d/M/yyyy", "yyyyMMdd", "dd MMM yyyy", "MMM d, yyyy", "yyyy.MM.dd", "M-d-yyyy"];

    private static readonly string[] TimeSuffixes = ["T00:00", "T23:59:59", "T12:00Z", "T08:30:00+02:00", "T23:30-05:00", "t10:15z"];

    private static readonly string[] MissingMarkers = ["", "-", "n/a", "N/A", "#N/A", "null", "NULL", " "];

    private static readonly string[] DateHeaders = ["date", "Date", "DAY", "week", "Month", ""];

    private static readonly string[] OtherDateHeaders = ["Datum", "Period end", "Stichtag", "Fecha"];

    private static readonly string[] ExtraColumns = ["unit", "source", "Owner", "comment"];

    public static Arbitrary<RoundTripCase> Cases =>
        (from table in Tables
         from dialect in Dialects(table)
         from seed in Gen.Choose(0, int.MaxValue)
         select Write(table, dialect, new Random(seed))).ToArbitrary();

    private static Gen<string> MetricId { get; } = Gen.Frequency(
        (12, from first in Gen.Elements(Lower.ToCharArray())
             from length in Gen.Choose(0, 10)
             from rest in Gen.ArrayOf(Gen.Elements(IdChars.ToCharArray()), length)
             select first + new string(rest)),
        (1, Gen.Elements(Reserved)));

    private static Gen<DateOnly> Date { get; } = Gen.Frequency(
        (8, Gen.Choose(new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)),
        (1, Gen.Choose(SupportedDates.First.DayNumber, SupportedDates.Last.DayNumber).Select(DateOnly.FromDayNumber)),
        (1, Gen.Elements(SupportedDates.First, SupportedDates.Last, new DateOnly(2024, 2, 29), new DateOnly(2000, 2, 29), new DateOnly(1999, 12, 31))));

    /// <summary>The invariant text of a finite value, in the forms exports write: integers, fixed decimals, round-trip and exponent forms.</summary>
    private static Gen<string> Number { get; } = Gen.Frequency(
        (4, Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (4, from units in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from decimals in Gen.Choose(1, 6)
            select (units / Math.Pow(10, decimals)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        (3, ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (2, from mantissa in Gen.Choose(-999_999, 999_999)
            from exponent in Gen.Choose(-320, 308)
            let value = mantissa * Math.Pow(10, exponent)
            where double.IsFinite(value)
            select value.ToString("R", CultureInfo.InvariantCulture)),
        (1, Gen.Elements("0", "-0", "0.0", "1.7976931348623157E+308", "-1.7976931348623157E+308", "5E-324", "2.2250738585072014E-308", "1e15", "123456789012345678", "0.000001")));

    private static Gen<string?> Note { get; } = Gen.Frequency(
        (3, Gen.Constant<string?>(null)),
        (5, Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(NotePieces), n)).Select(p => (string?)string.Concat(p))));

    private static Gen<Table> Tables { get; } =
        from metricCount in Gen.Choose(1, 5)
        from metrics in Gen.ArrayOf(MetricId, metricCount)
        from dateCount in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 3)), (4, Gen.Choose(0, 60)))
        from dates in Gen.ArrayOf(Date, dateCount)
        let distinctMetrics = metrics.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
        let distinctDates = dates.Distinct().ToArray()
        from fill in Gen.Choose(30, 100)
        from cells in Gen.CollectToArray(
            from m in Enumerable.Range(0, distinctMetrics.Length)
            from d in Enumerable.Range(0, distinctDates.Length)
            select (m, d),
            at => Gen.Choose(1, 100).SelectMany(roll => roll > fill
                ? Gen.Constant<TableCell?>(null)
                : from number in Number
                  from note in Note
                  from decoration in Gen.Choose(0, 9)
                  from grouped in Gen.Elements(true, false)
                  select (TableCell?)new TableCell(at.m, at.d, number, note, decoration, grouped)))
        select new Table(distinctMetrics, distinctDates, cells.OfType<TableCell>().ToArray());

    private static Gen<Dialect> Dialects(Table table) =>
        from shape in Gen.Elements(CsvShape.Long, CsvShape.Wide)
        from delimiter in Gen.Elements(',', ';', '\t')
        from decimalOption in Gen.Elements<char?>(null, null, '.', ',')
        let effectiveDecimal = decimalOption ?? (delimiter == ';' ? ',' : '.')
        from thousands in Gen.Frequency(
            (2, Gen.Constant<char?>(null)),
            (3, Gen.Elements<char?>(effectiveDecimal == '.' ? [',', ' ', '\u00A0', '\u202F', '\u2009', '\'', '\u2019'] : ['.', ' ', '\u00A0', '\u202F', '\'', '\u2019'])))
        from bom in Gen.Elements(true, false)
        from newLine in Gen.Elements("\n", "\r\n")
        from finalNewLine in Gen.Elements(true, true, false)
        from custom in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from dateFormat in Gen.Elements(custom ? CustomDateFormats : BuiltInDateFormats)
        from timeSuffix in Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Gen.Elements(TimeSuffixes)))
        from quoteAll in Gen.Elements(true, false, false)
        from separatorLine in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from blankLines in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 5)))
        from decorate in Gen.Elements(true, false)
        from missing in Gen.Elements(MissingMarkers)
        from dateHeader in table.Dates.Length > 0 && shape == CsvShape.Wide
            ? Gen.Frequency((3, Gen.Elements(DateHeaders)), (1, Gen.Elements(OtherDateHeaders)))
            : Gen.Elements(DateHeaders)
        from trailingEmptyColumn in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from extras in Gen.SubListOf(ExtraColumns)
        from notes in Gen.Elements(true, true, false)
        from order in Gen.Shuffle(Enumerable.Range(0, (notes ? 4 : 3) + extras.Count).ToArray())
        from spelling in Gen.ArrayOf(Gen.Elements<Func<string, string>>(s => s, s => s.ToUpperInvariant(), s => char.ToUpperInvariant(s[0]) + s[1..], s => " " + s + " "), 4 + extras.Count)
        let names = new[] { "metric", "date", "value", "note" }.Take(notes ? 4 : 3).Concat(extras).Select((n, i) => i < 4 ? spelling[i](n) : n).ToArray()
        select new Dialect(
            shape,
            delimiter,
            decimalOption,
            thousands,
            bom,
            newLine,
            finalNewLine,
            dateFormat,
            custom,
            custom || dateFormat != "yyyy-MM-dd" ? string.Empty : timeSuffix,
            quoteAll,
            separatorLine,
            blankLines,
            decorate,
            missing,
            dateHeader,
            trailingEmptyColumn,
            order,
            names,
            notes && shape == CsvShape.Long);

    /// <summary>Renders the table; <paramref name="random"/> only places blank lines, spacer rows and missing rows.</summary>
    private static RoundTripCase Write(Table table, Dialect dialect, Random random)
    {
        // A wide file names its metrics in the header, where 'metric' would announce a long file.
        if (dialect.Shape == CsvShape.Wide && table.Metrics.Contains("metric", StringComparer.OrdinalIgnoreCase))
        {
            table = table with { Metrics = [.. table.Metrics.Select(m => m.Equals("metric", StringComparison.OrdinalIgnoreCase) ? "metric-x" : m)] };
        }

        if (!dialect.Notes)
        {
            table = table with { Cells = [.. table.Cells.Select(c => c with { Note = null })] };
        }

        var lines = new List<string>();
        var rows = new List<string>();
        int dataRows;
        if (dialect.Shape == CsvShape.Long)
        {
            var names = dialect.HeaderSpelling;
            lines.Add(Row(dialect, dialect.ColumnOrder.Select(i => names[i])));
            foreach (var cell in table.Cells)
            {
                rows.Add(LongRow(dialect, names, table.Metrics[cell.Metric], FormatDate(dialect, table.Dates[cell.Date]), FormatNumber(dialect, cell), cell.Note));
            }

            // Rows whose value is a missing marker: counted as rows, but no value.
            var present = table.Cells.Select(c => (c.Metric, c.Date)).ToHashSet();
            for (var m = 0; m < table.Metrics.Length; m++)
            {
                for (var d = 0; d < table.Dates.Length; d++)
                {
                    if (!present.Contains((m, d)) && random.Next(4) == 0)
                    {
                        rows.Add(LongRow(dialect, names, table.Metrics[m], FormatDate(dialect, table.Dates[d]), dialect.MissingMarker, random.Next(3) == 0 ? "no value" : null));
                    }
                }
            }

            dataRows = rows.Count;
        }
        else
        {
            var header = new List<string> { dialect.DateHeader };
            header.AddRange(table.Metrics);
            if (dialect.TrailingEmptyColumn)
            {
                header.Add(string.Empty);
            }

            lines.Add(Row(dialect, header));
            var byAt = table.Cells.ToDictionary(c => (c.Metric, c.Date));
            for (var d = 0; d < table.Dates.Length; d++)
            {
                var fields = new List<string> { FormatDate(dialect, table.Dates[d]) };
                for (var m = 0; m < table.Metrics.Length; m++)
                {
                    fields.Add(byAt.TryGetValue((m, d), out var cell) ? FormatNumber(dialect, cell) : dialect.MissingMarker);
                }

                if (dialect.TrailingEmptyColumn)
                {
                    fields.Add(string.Empty);
                }

                rows.Add(Row(dialect, fields));
            }

            dataRows = rows.Count;
        }

        Shuffle(rows, random);
        var fieldCount = Fields(lines[0], dialect.Delimiter);
        for (var i = 0; i < dialect.BlankLines; i++)
        {
            // An empty line, or Excel's spacer row of delimiters only.
            var blank = random.Next(2) == 0 ? string.Empty : new string(dialect.Delimiter, random.Next(1, fieldCount + 1));
            rows.Insert(random.Next(rows.Count + 1), blank);
        }

        lines.AddRange(rows);
        if (dialect.SeparatorLine)
        {
            lines.Insert(0, "sep=" + dialect.Delimiter);
        }

        var text = string.Join(dialect.NewLine, lines) + (dialect.FinalNewLine ? dialect.NewLine : string.Empty);
        byte[] bytes = dialect.Bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
        return new RoundTripCase(table, dialect, bytes, dataRows);
    }

    private static string LongRow(Dialect dialect, string[] names, string metric, string date, string value, string? note)
    {
        var byName = new Dictionary<int, string> { [0] = metric, [1] = date, [2] = value };
        if (dialect.Notes)
        {
            byName[3] = note ?? string.Empty;
        }

        var fields = dialect.ColumnOrder.Select(i => byName.TryGetValue(i, out var v) ? v : $"{names[i].Trim()} of {metric}, \"x\"");
        return Row(dialect, fields);
    }

    private static string Row(Dialect dialect, IEnumerable<string> fields) =>
        string.Join(dialect.Delimiter, fields.Select(f => Quote(dialect, f)));

    private static string Quote(Dialect dialect, string field)
    {
        var needs = dialect.QuoteAll || field.Contains(dialect.Delimiter, StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            || field.Contains('\n', StringComparison.Ordinal) || field.Contains('\r', StringComparison.Ordinal);
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static int Fields(string headerLine, char delimiter) => headerLine.Count(c => c == delimiter) + 1;

    private static string FormatDate(Dialect dialect, DateOnly date) =>
        date.ToString(dialect.DateFormat, CultureInfo.InvariantCulture) + dialect.TimeSuffix;

    /// <summary>The invariant number in the dialect: decimal separator, thousands groups and one of the decorations exports add.</summary>
    private static string FormatNumber(Dialect dialect, TableCell cell)
    {
        var text = cell.Number;
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var exponentAt = digits.IndexOfAny(['e', 'E']);
        var exponent = exponentAt >= 0 ? digits[exponentAt..] : string.Empty;
        var mantissa = exponentAt >= 0 ? digits[..exponentAt] : digits;
        var pointAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = pointAt >= 0 ? mantissa[..pointAt] : mantissa;
        var fraction = pointAt >= 0 ? mantissa[(pointAt + 1)..] : null;
        if (dialect.Thousands is { } separator && cell.Grouped && whole.Length > 3)
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0)
                {
                    grouped.Append(separator);
                }

                grouped.Append(whole[i]);
            }

            whole = grouped.ToString();
        }

        var number = whole + (fraction is null ? string.Empty : dialect.Decimal + fraction) + exponent;
        if (!dialect.Decorate)
        {
            return (negative ? "-" : string.Empty) + number;
        }

        var sign = negative ? "-" : string.Empty;
        return cell.Decoration switch
        {
            1 => sign + number + "%",
            2 => sign + number + " %",
            3 => sign + "$" + number,
            4 => "$" + sign + number,
            5 => sign + number + " €",
            6 => "USD " + sign + number,
            7 => sign + number + " EUR",
            8 => negative ? "(" + number + ")" : "+" + number,
            9 => (negative ? "\u2212" : string.Empty) + number,
            _ => sign + number,
        };
    }

    private static void Shuffle(List<string> rows, Random random)
    {
        for (var i = rows.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }
    }
}
