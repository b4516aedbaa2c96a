using System.Globalization;
using System.Text;

namespace OkrSite.Core.Load.Data;

/// <summary>How a header row was understood.</summary>
internal enum HeaderVerdict
{
    Long,
    Wide,

    /// <summary>Neither long nor named like a date column: wide only if the first data row starts with a date.</summary>
    DependsOnFirstRow,
    Invalid,
}

/// <summary>What is wrong with a header, and the 0-based field at fault (-1 for the header as a whole).</summary>
internal readonly record struct HeaderProblem(string Message, int Field = -1);

/// <summary>
/// The columns of a CSV file. Long shape needs metric, date and value (names without case, in any order) and may
/// have note. Other columns of a long file are ignored: BI exports add unit, source or owner columns, and refusing
/// them would make users edit every export by hand; they cannot be mistaken for data since long files name their
/// value column. Wide shape is a date column followed by one column per metric id.
/// </summary>
internal sealed class CsvHeader
{
    // Wide files name their first column after the period they list, or leave it empty; any other name is still
    // wide when the first data row starts with a date.
    private static readonly string[] DateColumnNames = ["date", "day", "week", "month", ""];

    // In the order of the roles in Classify.
    private static readonly string[] LongColumns = ["metric", "date", "value", "note"];

    private CsvHeader(CsvShape shape, int fieldCount)
    {
        Shape = shape;
        FieldCount = fieldCount;
    }

    public CsvShape Shape { get; }

    public int FieldCount { get; }

    public int MetricIndex { get; private init; } = -1;

    public int DateIndex { get; private init; }

    public int ValueIndex { get; private init; } = -1;

    public int NoteIndex { get; private init; } = -1;

    /// <summary>Wide shape: the metric id of each column; null for the date column and for columns whose values are ignored.</summary>
    public string?[] Metrics { get; private init; } = [];

    /// <summary>Wide shape: columns without a name, whose values are reported once since no metric can hold them.</summary>
    public bool[] Unnamed { get; private init; } = [];

    /// <summary>Wide shape: metric columns that repeat an earlier one; reported, and their values ignored.</summary>
    public IReadOnlyList<HeaderProblem> Duplicates { get; private init; } = [];

    /// <summary>Decides the shape from the header alone when it can; <paramref name="problem"/> explains an invalid header.</summary>
    public static HeaderVerdict Classify(IReadOnlyList<string> names, out CsvHeader? header, out HeaderProblem? problem)
    {
        header = null;
        problem = null;
        var found = new[] { -1, -1, -1, -1 };
        HeaderProblem? duplicate = null;
        for (var i = 0; i < names.Count; i++)
        {
            var role = Array.FindIndex(LongColumns, c => c.Equals(names[i], StringComparison.OrdinalIgnoreCase));
            if (role < 0)
            {
                continue;
            }

            if (found[role] < 0)
            {
                found[role] = i;
            }
            else
            {
                duplicate ??= new HeaderProblem(string.Create(CultureInfo.InvariantCulture, $"header has the column '{names[i]}' twice (columns {found[role] + 1} and {i + 1}); keep one of them"), i);
            }
        }

        int metric = found[0], date = found[1], value = found[2], note = found[3];
        if (metric >= 0 && duplicate is not null)
        {
            problem = duplicate;
            return HeaderVerdict.Invalid;
        }

        if (metric >= 0 && date >= 0 && value >= 0)
        {
            header = new CsvHeader(CsvShape.Long, names.Count) { MetricIndex = metric, DateIndex = date, ValueIndex = value, NoteIndex = note };
            return HeaderVerdict.Long;
        }

        if (metric >= 0)
        {
            // A 'metric' column says the file is meant to be long; reading it as wide would report every row instead.
            var missing = new List<string>(2);
            if (date < 0)
            {
                missing.Add("'date'");
            }

            if (value < 0)
            {
                missing.Add("'value'");
            }

            problem = new HeaderProblem($"header has columns {List(names)}: a long file needs 'metric', 'date' and 'value' columns, and {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing");
            return HeaderVerdict.Invalid;
        }

        if (Array.Exists(DateColumnNames, n => n.Equals(names[0], StringComparison.OrdinalIgnoreCase)))
        {
            return Wide(names, out header, out problem);
        }

        if (names.Count < 2)
        {
            problem = new HeaderProblem(Unrecognized(names));
            return HeaderVerdict.Invalid;
        }

        return HeaderVerdict.DependsOnFirstRow;
    }

    /// <summary>Builds the wide header; a metric that has two columns keeps the first, the other is listed in <see cref="Duplicates"/>.</summary>
    public static HeaderVerdict Wide(IReadOnlyList<string> names, out CsvHeader? header, out HeaderProblem? problem)
    {
        header = null;
        problem = null;
        var metrics = new string?[names.Count];
        var unnamed = new bool[names.Count];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<HeaderProblem>();
        for (var i = 1; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                unnamed[i] = true;
            }
            else if (seen.TryGetValue(names[i], out var first))
            {
                duplicates.Add(new HeaderProblem(string.Create(CultureInfo.InvariantCulture, $"metric '{names[i]}' is in the header twice (columns {first + 1} and {i + 1}); the values of column {i + 1} are ignored, remove or rename one of them"), i));
            }
            else
            {
                seen.Add(names[i], i);
                metrics[i] = names[i];
            }
        }

        if (seen.Count == 0)
        {
            problem = new HeaderProblem($"header has only the date column '{names[0]}' and no metric columns: add one column per metric, named by its metric id");
            return HeaderVerdict.Invalid;
        }

        header = new CsvHeader(CsvShape.Wide, names.Count) { Metrics = metrics, Unnamed = unnamed, Duplicates = duplicates };
        return HeaderVerdict.Wide;
    }

    public static string Unrecognized(IReadOnlyList<string> names) =>
        $"header has {(names.Count == 1 ? "the column" : "columns")} {List(names)}: expected 'metric,date,value[,note]' (long) or a date column followed by metric columns (wide)";

    private static string List(IReadOnlyList<string> names)
    {
        const int shown = 12;
        var text = new StringBuilder();
        for (var i = 0; i < names.Count && i < shown; i++)
        {
            text.Append(i == 0 ? "'" : ", '").Append(names[i]).Append('\'');
        }

        if (names.Count > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {names.Count - shown} more");
        }

        return text.ToString();
    }
}
