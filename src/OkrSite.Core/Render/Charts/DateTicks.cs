using System.Globalization;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// The date axis: grid lines at the densest calendar step whose labels fit the width (days, Mondays, the 1st and
/// 15th, months, quarters, years), and the labels. A label names what it stands at: a day step labels its lines
/// with their dates ("1 Jul"); a month names the span between two lines and is written in its middle, so a value
/// of 31 Oct sits at the end of the span labelled "Oct", just before the line of 1 Nov (a "Nov" at the line of
/// 1 Nov made it read as November); likewise a year under its middle. Steps of several months label their lines
/// with the date ("1 Apr"). Positions depend only on the calendar, never on where the range starts.
/// </summary>
internal static class DateTicks
{
    private const double DayLabelSpacing = 64;   // "15 Sep" is about 45 px at 12 px DejaVu Sans
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

    /// <summary>The axis for the dates from <paramref name="first"/> to <paramref name="last"/> on <paramref name="widthPx"/>, in English.</summary>
    public static DateAxis For(DateOnly first, DateOnly last, double widthPx) => For(first, last, widthPx, ChartFormat.English);

    /// <summary>The axis for the dates from <paramref name="first"/> to <paramref name="last"/> on an axis <paramref name="widthPx"/> wide.</summary>
    public static DateAxis For(DateOnly first, DateOnly last, double widthPx, ChartFormat format)
    {
        if (last < first)
        {
            return DateAxis.Empty;
        }

        var multiYear = first.Year != last.Year;
        foreach (var step in Steps)
        {
            var spans = Spans(step);
            var spacing = step.Unit is StepUnit.Month or StepUnit.Year && (spans || step.Unit == StepUnit.Year) ? MonthLabelSpacing : DayLabelSpacing;
            var maxTicks = Math.Max(2, (int)(widthPx / spacing));
            var dates = Dates(step, first, last, maxTicks + 1);
            if (dates.Count > maxTicks)
            {
                continue;
            }

            if (!spans)
            {
                return new(dates, [.. dates.Select(d => new DateLabel(X(d), Label(step, d, multiYear, format)))]);
            }

            // The lines of the spans inside the range, and a label in the middle of every span whose middle is.
            var labels = new List<DateLabel>();
            var span = step.Unit == StepUnit.Year ? new DateOnly(first.Year, 1, 1) : new DateOnly(first.Year, first.Month, 1);
            for (; span <= last && labels.Count <= maxTicks; span = step.Unit == StepUnit.Year ? span.AddYears(1) : span.AddMonths(1))
            {
                var next = step.Unit == StepUnit.Year ? span.AddYears(1) : span.AddMonths(1);
                var middle = (X(span) + X(next)) / 2;
                if (middle >= X(first) && middle <= X(last) + 1)
                {
                    labels.Add(new DateLabel(middle, Label(step, span, multiYear, format)));
                }
            }

            return new(dates, labels);
        }

        return DateAxis.Empty;
    }

    /// <summary>Whether the step's labels name the spans between its lines (a month, a year) rather than the lines' dates.</summary>
    private static bool Spans(Step step) => step.Count == 1 && step.Unit is StepUnit.Month or StepUnit.Year;

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

    private static string Label(Step step, DateOnly date, bool multiYear, ChartFormat format) => step.Unit switch
    {
        StepUnit.Year => format.Year(date),
        StepUnit.Month when multiYear && date.Month == 1 => format.Year(date),
        StepUnit.Month when step.Count == 1 => format.Month(date),
        _ => format.ShortDate(date),
    };

    private readonly record struct Step(StepUnit Unit, int Count);
}

/// <summary>The date axis of a chart: where its grid lines are, and its labels at their x coordinates.</summary>
internal sealed record DateAxis(IReadOnlyList<DateOnly> Lines, IReadOnlyList<DateLabel> Labels)
{
    public static DateAxis Empty { get; } = new([], []);
}

internal readonly record struct DateLabel(double X, string Text);
