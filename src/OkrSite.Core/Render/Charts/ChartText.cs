using System.Globalization;

namespace OkrSite.Core.Render.Charts;

/// <summary>How charts write numbers and dates: invariant, whatever the machine's culture.</summary>
internal static class ChartText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A value with up to 2 decimals and no trailing zeros: 74.6, 3.5, 12,480, -0.25; from 1e15 on 1.5E+20.</summary>
    public static string Number(double value) => IsLarge(value)
        ? value.ToString("0.##E+0", Invariant)
        : Positive(Math.Round(value, 2, MidpointRounding.AwayFromZero)).ToString("#,##0.##", Invariant);

    /// <summary>A value followed by its unit, if any: "74.6 %", "58 clients", "3.5".</summary>
    public static string Value(double value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? Number(value) : $"{Number(value)} {unit.Trim()}";

    /// <summary>A tick label of the value axis: as many decimals as the tick spacing needs (up to 6).</summary>
    public static string Tick(double value) => IsLarge(value)
        ? value.ToString("0.######E+0", Invariant)
        : Positive(Math.Round(value, 6, MidpointRounding.AwayFromZero)).ToString("#,##0.######", Invariant);

    /// <summary>A date on the chart, in invariant English: "Nov 16".</summary>
    public static string MonthDay(DateOnly date) => date.ToString("MMM d", Invariant);

    /// <summary>A date as in report.json: 2026-10-31.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>Whether two values read the same at the precision charts print.</summary>
    public static bool SameNumber(double a, double b) => Number(a) == Number(b);

    // 1.7e308 written out is 309 digits: wider than the chart.
    private static bool IsLarge(double value) => Math.Abs(value) >= ValueRange.LargeMagnitude;

    // -0 prints as "-0"; adding +0 turns it into +0 and leaves every other value as it is.
    private static double Positive(double value) => value + 0.0;
}
