using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Fields;

/// <summary>
/// The one reader of typed fields, for site.json and front matter alike. Each method takes a located value (null
/// when the field is absent), returns it typed, or reports why it cannot be read, at the value's file, line and
/// column, and returns null: the field is then treated as absent, so one pass reports every problem of a file.
/// </summary>
/// <remarks>
/// Numbers follow one rule everywhere, the CSV rule with '.' as the decimal separator (<see cref="NumberParser"/>):
/// ',' is accepted only between groups of three digits, so "99,9" and "0,7" are errors that say to write 99.9 or
/// 0.7, never 999 or 7. A trailing '%' is a unit, '_' a digit separator (1_000, as YAML 1.1 allows). A number in
/// quotes is read by the same rule as one without. Text and true/false keep the types of a format that has them:
/// site.json wants a string in quotes for text and a JSON true or false.
/// </remarks>
internal sealed class FieldReader(FieldFormat format, DiagnosticBag diagnostics)
{
    public FieldFormat Format => format;

    public string? Text(FieldValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!value.IsScalar || (format.TypedScalars && value.Shape != ValueShape.Quoted))
        {
            WrongType(value, format.TextKind);
            return null;
        }

        // A JSON string is taken exactly as written (a tab at the end of a baseUrl is a mistake to report, not to hide).
        return format.TypedScalars ? value.Text : value.Text?.Trim();
    }

    public double? Number(FieldValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is { IsScalar: true, Text: { } text } && value.Shape != ValueShape.Bool)
        {
            switch (ParseNumber(text, out var number))
            {
                case NumberParseStatus.Number:
                    return number;
                case NumberParseStatus.OutOfRange:
                    diagnostics.Add(format.WrongType, value.At, $"{value.Key} must be a number, but is '{text}', which is too large to be one");
                    return null;
                case NumberParseStatus.TooSmall:
                    diagnostics.Add(format.WrongType, value.At, $"{value.Key} must be a number, but is '{text}', which is nearer to 0 than the smallest number (5e-324) and would read as 0; write 0 if it is 0");
                    return null;
                case NumberParseStatus.NotANumber when text.Contains(',', StringComparison.Ordinal):
                    diagnostics.Add(format.WrongType, value.At, $"{value.Key} must be a number, but is '{text}'; {format.Name} uses '.' as the decimal separator and ',' only between groups of three digits (12,480), so write {DecimalPoint(text)}");
                    return null;
            }
        }

        WrongType(value, "a number");
        return null;
    }

    public bool? Bool(FieldValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is { IsScalar: true, Text: { } text } && (!format.TypedScalars || value.Shape == ValueShape.Bool))
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
            }
        }

        WrongType(value, "true or false");
        return null;
    }

    /// <summary>A date written yyyy-MM-dd, within <see cref="SupportedDates"/>.</summary>
    public DateOnly? Date(FieldValue? value)
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Add(format.InvalidDate, value!.At, $"{value.Key} '{text}' is not a date; write it as yyyy-MM-dd, for example 2026-09-30");
            return null;
        }

        if (!SupportedDates.Contains(date))
        {
            diagnostics.Add(format.InvalidDate, value!.At, $"{value.Key} '{text}' is outside the supported dates {SupportedDates.Description}; check the year");
            return null;
        }

        return date;
    }

    public Period? Period(FieldValue? value)
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        if (Model.Period.TryParse(text, out var period))
        {
            return period;
        }

        diagnostics.Add(format.InvalidPeriod, value!.At, Model.Period.HasUnsupportedYear(text)
            ? $"{value.Key} '{text}' is outside the supported years {SupportedDates.FirstYear:D4} to {SupportedDates.LastYear:D4}"
            : $"{value.Key} '{text}' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4");
        return null;
    }

    /// <summary>One of the names of <typeparamref name="T"/>, in any case.</summary>
    /// <param name="what">What the field belongs to, for the message ("a KPI").</param>
    public T? Choice<T>(FieldValue? value, string what)
        where T : struct, Enum
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        foreach (var choice in Enum.GetValues<T>())
        {
            if (string.Equals(choice.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        var allowed = string.Join(", ", names);
        diagnostics.Add(format.InvalidChoice, value!.At, $"{value.Key} '{text}' of {what} is not one of: {allowed}{Suggest.DidYouMean(text, names)}");
        return null;
    }

    /// <summary>One text or a list of texts (aligns_to: a, or aligns_to: [a, b]); empty entries are left out.</summary>
    /// <param name="item">What one entry is, for the messages ("an id", "a glob").</param>
    /// <param name="items">The same in the plural ("ids", "globs").</param>
    public ImmutableArray<Located<string>> TextList(FieldValue? value, string item, string items)
    {
        if (value is null)
        {
            return [];
        }

        if (value.Shape == ValueShape.List)
        {
            var read = ImmutableArray.CreateBuilder<Located<string>>();
            foreach (var entry in value.Items)
            {
                if (entry.IsScalar && (!format.TypedScalars || entry.Shape == ValueShape.Quoted))
                {
                    if (!string.IsNullOrWhiteSpace(entry.Text))
                    {
                        read.Add(new Located<string>(entry.Text.Trim(), entry.At));
                    }
                }
                else
                {
                    diagnostics.Add(format.WrongType, entry.At, $"each entry of '{value.Key}' must be {item}, not {Found(entry)}");
                }
            }

            return read.ToImmutable();
        }

        if (value.IsScalar && (!format.TypedScalars || value.Shape == ValueShape.Quoted))
        {
            return string.IsNullOrWhiteSpace(value.Text) ? [] : [new Located<string>(value.Text.Trim(), value.At)];
        }

        WrongType(value, $"{item} or a list of {items}");
        return [];
    }

    /// <summary>"must be a number, but is 'heavy'": the one wording of a wrong type, in both formats.</summary>
    public void WrongType(FieldValue value, string expected) =>
        diagnostics.Add(format.WrongType, value.At, $"{value.Key} must be {expected}, but is {Found(value)}");

    /// <summary>
    /// The number rule of every field (see the remarks of this class). A missing marker ("-", "n/a") is no number
    /// here: a field that has no value is left out.
    /// </summary>
    internal static NumberParseStatus ParseNumber(string text, out double value)
    {
        var status = NumberParser.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), '.', out value);
        return status == NumberParseStatus.Missing ? NumberParseStatus.NotANumber : status;
    }

    private string Found(FieldValue value) => value.Shape switch
    {
        ValueShape.List => "a list",
        ValueShape.Mapping => $"a {format.MappingKind}",
        ValueShape.Number or ValueShape.Bool => value.Text!,
        _ => $"'{value.Text}'",
    };

    /// <summary>"99,9" as "99.9": the fix the message suggests for a decimal comma; other text is shown as it is.</summary>
    private static string DecimalPoint(string text)
    {
        // Only a replacement that reads as a number is worth suggesting: '12,5x' must not become "write '12.5x'".
        var trimmed = text.Trim();
        var replaced = trimmed.Replace(',', '.');
        return trimmed.Count(c => c == ',') == 1 && !trimmed.Contains('.', StringComparison.Ordinal) && ParseNumber(replaced, out _) == NumberParseStatus.Number
            ? $"'{replaced}'"
            : "the number with '.' for decimals";
    }
}
