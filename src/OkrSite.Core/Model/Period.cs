using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OkrSite.Core.Model;

/// <summary>
/// A calendar reporting period: a year (<c>2026</c>), a half (<c>2026-H1</c>) or a quarter (<c>2026-Q3</c>),
/// inclusive of its first and last day. Periods order by end date, then longest first, so that among periods
/// ending on the same day the shortest (the most specific) is the "latest".
/// </summary>
public readonly partial record struct Period : IComparable<Period>
{
    private Period(int year, PeriodKind kind, int index)
    {
        Year = year;
        Kind = kind;
        Index = index;
    }

    public int Year { get; }

    public PeriodKind Kind { get; }

    /// <summary>1-based half or quarter number; 1 for a year.</summary>
    public int Index { get; }

    public DateOnly Start => new(Year, Kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Half => ((Index - 1) * 6) + 1,
        _ => ((Index - 1) * 3) + 1,
    }, 1);

    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    public int Months => Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Half => 6,
        _ => 3,
    };

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The longer periods that contain this one, longest last: a quarter's half and year, a half's year; none for a year.</summary>
    public IReadOnlyList<Period> Enclosing() => Kind switch
    {
        PeriodKind.Quarter => [OfHalf(Year, Index <= 2 ? 1 : 2), OfYear(Year)],
        PeriodKind.Half => [OfYear(Year)],
        _ => [],
    };

    public static Period OfYear(int year) => new(CheckYear(year), PeriodKind.Year, 1);

    public static Period OfHalf(int year, int half) =>
        half is 1 or 2 ? new(CheckYear(year), PeriodKind.Half, half) : throw new ArgumentOutOfRangeException(nameof(half));

    public static Period OfQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4 ? new(CheckYear(year), PeriodKind.Quarter, quarter) : throw new ArgumentOutOfRangeException(nameof(quarter));

    /// <summary>The quarter that contains <paramref name="date"/>.</summary>
    public static Period QuarterOf(DateOnly date) => OfQuarter(date.Year, ((date.Month - 1) / 3) + 1);

    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        var match = Syntax().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < SupportedDates.FirstYear or > SupportedDates.LastYear)
        {
            return false;
        }

        if (!match.Groups["kind"].Success)
        {
            period = OfYear(year);
            return true;
        }

        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        var isHalf = match.Groups["kind"].Value is "H" or "h";
        if (isHalf ? index is < 1 or > 2 : index is < 1 or > 4)
        {
            return false;
        }

        period = isHalf ? OfHalf(year, index) : OfQuarter(year, index);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is written as a period but in a year outside <see cref="SupportedDates"/> (0099-Q4, 9999).</summary>
    public static bool HasUnsupportedYear(string? text)
    {
        var match = text is null ? Match.Empty : Syntax().Match(text.Trim());
        return match.Success
            && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) is < SupportedDates.FirstYear or > SupportedDates.LastYear;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period such as 2026, 2026-H1 or 2026-Q3.");

    public int CompareTo(Period other)
    {
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : other.Days.CompareTo(Days);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    // Each period's name, made once: objective keys ("2026-Q3/retention") are made from it all through a build (in a
    // serve rebuild of the medium site, ObjectiveKey.Of was 15% of the samples, most of it formatting the period).
    private static readonly string?[]?[] Names = new string?[]?[SupportedDates.LastYear - SupportedDates.FirstYear + 1];

    public override string ToString()
    {
        var slot = Kind switch
        {
            PeriodKind.Year => Index - 1,
            PeriodKind.Half => Index,
            _ => 2 + Index,
        };
        var valid = Year is >= SupportedDates.FirstYear and <= SupportedDates.LastYear && Kind switch
        {
            PeriodKind.Year => Index == 1,
            PeriodKind.Half => Index is 1 or 2,
            _ => Index is >= 1 and <= 4,
        };
        if (!valid)
        {
            // default(Period): never made by the parsers, named as it always was.
            return Format();
        }

        // Benign races: two threads may each make a year's names, and the same text either way.
        var names = Names[Year - SupportedDates.FirstYear] ??= new string?[7];
        return names[slot] ??= Format();
    }

    private string Format() => Kind switch
    {
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
    };

    // Years of supported dates only: a period must have a next day, and its dates must be chartable.
    private static int CheckYear(int year) => year is >= SupportedDates.FirstYear and <= SupportedDates.LastYear ? year : throw new ArgumentOutOfRangeException(nameof(year));

    [GeneratedRegex(@"\A(?<year>[0-9]{4})(-(?<kind>[QqHh])(?<index>[0-9]))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
