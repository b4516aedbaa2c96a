using System.Globalization;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The ticks of a date axis: the densest calendar step whose labels fit the width (days, Mondays, the 1st and
/// 15th, months, quarters, years), labelled with invariant English month names ("Jul 1", "Aug", "2027"). Tick
/// positions depend only on the calendar, never on where the range starts, so the same dates get the same ticks.
/// </summary>
internal static class DateTicks
{
    private const double DayLabelSpacing = 64;   // "Sep 15" is about 40 px at 12 px DejaVu Sans
    private const double MonthLabelSpacing = 46; // "Sep" and "2027" are about 25-30 px

    private static readonly Step[] Steps =
    [
        new(StepUnit.Day, 1), new(StepUnit.Day, 2), new(StepUnit.Week, 1), new(StepUnit.HalfMonth, 1),
        new(StepUnit.Month, 1), new(StepUnit.Month, 2), new(StepUnit.Month, 3), new(StepUnit.Month, 6),
        new(StepUnit.Year, 1), new(StepUnit.Year, 2), new(StepUnit.Year, 5), new(StepUnit.Year, 10),
        new(StepUnit.Year, 20), new(StepUnit.Year, 50), new(StepUnit.Year, 100),
        new(StepUnit.Year, 200), new(StepUnit.Year, 500), new(StepUnit.Year, 1000), new(StepUnit.Year, 2000),
    ];

    private enum StepUnit
    {
        Day,
        Week,
        HalfMonth,
        Month,
        Year,
    }

    /// <summary>The x coordinate of a date (an OLE Automation date, as ScottPlot's DateTime axes use).</summary>
    public static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>
    /// The date at an x coordinate, within <see cref="SupportedDates"/>: an axis padded past the first or last
    /// supported date (even past the OLE Automation range, which ends on 9999-12-31) has its ticks only where dates are.
    /// </summary>
    public static DateOnly DateAt(double x)
    {
        var clamped = Math.Clamp(x, X(SupportedDates.First), X(SupportedDates.Last));
        return DateOnly.FromDateTime(DateTime.FromOADate(clamped));
    }

    /// <summary>The ticks for the dates from <paramref name="first"/> to <paramref name="last"/> on an axis <paramref name="widthPx"/> wide.</summary>
    public static IReadOnlyList<(DateOnly Date, string Label)> For(DateOnly first, DateOnly last, double widthPx)
    {
        if (last < first)
        {
            return [];
        }

        var multiYear = first.Year != last.Year;
        foreach (var step in Steps)
        {
            var spacing = step.Unit is StepUnit.Month or StepUnit.Year ? MonthLabelSpacing : DayLabelSpacing;
            var maxTicks = Math.Max(2, (int)(widthPx / spacing));
            var dates = Dates(step, first, last, maxTicks + 1);
            if (dates.Count <= maxTicks)
            {
                return [.. dates.Select(d => (d, Label(step, d, multiYear)))];
            }
        }

        return [];
    }

    private static List<DateOnly> Dates(Step step, DateOnly first, DateOnly last, int limit)
    {
        var dates = new List<DateOnly>();
        void Add(DateOnly date)
        {
            if (date >= first && date <= last)
            {
                dates.Add(date);
            }
        }

        switch (step.Unit)
        {
            case StepUnit.Day:
                for (var d = first; d <= last && dates.Count < limit; d = d.AddDays(1))
                {
                    if (d.DayNumber % step.Count == 0)
                    {
                        Add(d);
                    }
                }

                break;
            case StepUnit.Week:
                var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
                for (var d = monday; d <= last && dates.Count < limit; d = d.AddDays(7))
                {
                    Add(d);
                }

                break;
            case StepUnit.HalfMonth:
                for (var m = new DateOnly(first.Year, first.Month, 1); m <= last && dates.Count < limit; m = m.AddMonths(1))
                {
                    Add(m);
                    Add(m.AddDays(14));
                }

                break;
            case StepUnit.Month:
                for (var m = new DateOnly(first.Year, first.Month, 1); m <= last && dates.Count < limit; m = m.AddMonths(1))
                {
                    if ((m.Month - 1) % step.Count == 0)
                    {
                        Add(m);
                    }
                }

                break;
            default:
                for (var y = first.Year; y <= last.Year && dates.Count < limit; y++)
                {
                    if (y % step.Count == 0)
                    {
                        Add(new DateOnly(y, 1, 1));
                    }
                }

                break;
        }

        return dates;
    }

    private static string Label(Step step, DateOnly date, bool multiYear) => step.Unit switch
    {
        StepUnit.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        StepUnit.Month when multiYear && date.Month == 1 => date.ToString("yyyy", CultureInfo.InvariantCulture),
        StepUnit.Month => date.ToString("MMM", CultureInfo.InvariantCulture),
        _ => ChartText.MonthDay(date),
    };

    private readonly record struct Step(StepUnit Unit, int Count);
}
