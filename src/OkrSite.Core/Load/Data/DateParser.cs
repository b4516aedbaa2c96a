using System.Globalization;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Data;

/// <summary>What a CSV cell holds once read as a date.</summary>
internal enum DateParseStatus
{
    Date,

    /// <summary>Not in any accepted format.</summary>
    NotADate,

    /// <summary>In a built-in format but naming a day or time that does not exist, such as 2026-02-30 or 25:00.</summary>
    NoSuchDate,

    /// <summary>A real date outside <see cref="SupportedDates"/>, such as 0001-01-01 or 9999-12-31.</summary>
    OutOfRange,
}

/// <summary>
/// Reads the dates of CSV exports. The built-in formats are parsed by hand: they are fixed-width, and a wide file has
/// one date per row, so skipping the general .NET parser matters at millions of rows. Only the calendar date is kept,
/// as written: "2026-01-05T23:30-05:00" is 5 January, because a report's day is the day the source system recorded.
/// </summary>
internal static class DateParser
{
    /// <summary>The built-in formats, as messages list them.</summary>
    public const string BuiltInFormats = "yyyy-MM-dd, yyyy-MM-ddTHH:mm, yyyy-MM-ddTHH:mm:ss (each optionally followed by Z or an offset such as +02:00), dd.MM.yyyy, yyyy/MM/dd";

    public static bool TryParse(ReadOnlySpan<char> text, string? customFormat, out DateOnly date) =>
        Parse(text, customFormat, out date) == DateParseStatus.Date;

    /// <param name="customFormat">csv.dateFormat: a .NET custom format tried before the built-in ones, or null.</param>
    public static DateParseStatus Parse(ReadOnlySpan<char> text, string? customFormat, out DateOnly date)
    {
        var s = text.Trim();
        var hasCustom = !string.IsNullOrWhiteSpace(customFormat);

        // With a custom format the day-first dd.MM.yyyy fallback would read 12.25.2026 as an error but 03.04.2026 as
        // 3 April under a month-first MM.dd.yyyy: silently wrong data. Only the unambiguous year-first forms remain.
        var status = hasCustom && TryParseCustom(s, customFormat!, out date)
            ? DateParseStatus.Date
            : ParseBuiltIn(s, allowDayFirst: !hasCustom, out date);

        // The date exists but no build could compute or chart with it: the row gets the diagnostic, not a later stage.
        if (status == DateParseStatus.Date && !SupportedDates.Contains(date))
        {
            date = default;
            return DateParseStatus.OutOfRange;
        }

        return status;
    }

    private static bool TryParseCustom(ReadOnlySpan<char> s, string format, out DateOnly date)
    {
        // DateTimeOffset keeps the clock time as written even when the format has an offset (zzz, K), where
        // DateTime would convert to the machine's time zone and could move the date by a day.
        try
        {
            if (DateTimeOffset.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                date = DateOnly.FromDateTime(parsed.DateTime);
                return true;
            }
        }
        catch (FormatException)
        {
            // A malformed csv.dateFormat is the configuration's problem; here it simply matches nothing.
        }

        date = default;
        return false;
    }

    private static DateParseStatus ParseBuiltIn(ReadOnlySpan<char> s, bool allowDayFirst, out DateOnly date)
    {
        date = default;
        if (s.Length < 10)
        {
            return DateParseStatus.NotADate;
        }

        int year, month, day;
        if (s[4] == '-' && s[7] == '-')
        {
            if (!Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month) || !Digits(s.Slice(8, 2), out day))
            {
                return DateParseStatus.NotADate;
            }

            var rest = ParseTimeAndZone(s[10..]);
            if (rest != DateParseStatus.Date)
            {
                return rest;
            }
        }
        else if (s.Length == 10 && s[4] == '/' && s[7] == '/')
        {
            if (!Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month) || !Digits(s.Slice(8, 2), out day))
            {
                return DateParseStatus.NotADate;
            }
        }
        else if (allowDayFirst && s.Length == 10 && s[2] == '.' && s[5] == '.')
        {
            if (!Digits(s[..2], out day) || !Digits(s.Slice(3, 2), out month) || !Digits(s.Slice(6, 4), out year))
            {
                return DateParseStatus.NotADate;
            }
        }
        else
        {
            return DateParseStatus.NotADate;
        }

        if (year < 1)
        {
            // Year 0 is no calendar year; say which dates are supported rather than "does not exist".
            return DateParseStatus.OutOfRange;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return DateParseStatus.NoSuchDate;
        }

        date = new DateOnly(year, month, day);
        return DateParseStatus.Date;
    }

    /// <summary>Checks what may follow yyyy-MM-dd: nothing, THH:mm, THH:mm:ss, then nothing, Z or ±HH:mm.</summary>
    private static DateParseStatus ParseTimeAndZone(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return DateParseStatus.Date;
        }

        if (s[0] is 'T' or 't')
        {
            if (s.Length < 6 || s[3] != ':' || !Digits(s.Slice(1, 2), out var hour) || !Digits(s.Slice(4, 2), out var minute))
            {
                return DateParseStatus.NotADate;
            }

            var second = 0;
            s = s[6..];
            if (!s.IsEmpty && s[0] == ':')
            {
                if (s.Length < 3 || !Digits(s.Slice(1, 2), out second))
                {
                    return DateParseStatus.NotADate;
                }

                s = s[3..];
            }

            if (!IsZone(s, out var zoneValid))
            {
                return DateParseStatus.NotADate;
            }

            return hour > 23 || minute > 59 || second > 59 || !zoneValid ? DateParseStatus.NoSuchDate : DateParseStatus.Date;
        }

        if (!IsZone(s, out var valid))
        {
            return DateParseStatus.NotADate;
        }

        return valid ? DateParseStatus.Date : DateParseStatus.NoSuchDate;
    }

    /// <summary>Whether <paramref name="s"/> is empty, Z or ±HH:mm; <paramref name="valid"/> says whether the offset exists.</summary>
    private static bool IsZone(ReadOnlySpan<char> s, out bool valid)
    {
        valid = true;
        if (s.IsEmpty || s is "Z" or "z")
        {
            return true;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':' || !Digits(s.Slice(1, 2), out var hours) || !Digits(s.Slice(4, 2), out var minutes))
        {
            return false;
        }

        valid = hours <= 14 && minutes <= 59;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
