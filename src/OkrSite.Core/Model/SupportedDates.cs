using System.Globalization;

namespace OkrSite.Core.Model;

/// <summary>
/// The dates OkrSite computes with: 0100-01-01 to 9998-12-31. Charts place dates as OLE Automation dates, which
/// start at 0100-01-01; every period must have a next day (9998-Q4 ends on 9998-12-31, and 9999-01-01 still exists),
/// and every chart pads its axis by days on both sides. Inside this range no date arithmetic of a build can fail,
/// so a date outside it is rejected where it is read (a CSV row, site.json asOf, --as-of).
/// </summary>
public static class SupportedDates
{
    public const int FirstYear = 100;
    public const int LastYear = 9998;

    public static DateOnly First { get; } = new(FirstYear, 1, 1);

    public static DateOnly Last { get; } = new(LastYear, 12, 31);

    /// <summary>"0100-01-01 to 9998-12-31", for messages.</summary>
    public static string Description { get; } = string.Create(CultureInfo.InvariantCulture, $"{First:yyyy-MM-dd} to {Last:yyyy-MM-dd}");

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary><paramref name="date"/> moved into the range, for drawing only (a chart axis padded past the last date).</summary>
    public static DateOnly Clamp(DateOnly date) => date < First ? First : date > Last ? Last : date;
}
