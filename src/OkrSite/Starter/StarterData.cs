using System.Globalization;
using System.Text;
using OkrSite.Core.Model;

namespace OkrSite.Cli.Starter;

/// <summary>
/// The starter's CSV export: one row a week for half a year, the last one dated the day <c>new</c> runs. So the
/// report date (the latest date in the data) is that day, the current quarter has values whenever it is run, and a
/// baseline before the quarter always exists. The target is set from that baseline, so that the key result is
/// neither done nor hopeless on any day of the quarter.
/// </summary>
internal static class StarterData
{
    public const string FileName = "content/data/weekly-export.csv";

    /// <summary>Rows are weeks 0 (the oldest) to <see cref="LastWeek"/> (today).</summary>
    public const int LastWeek = 26;

    public static DateOnly DateOf(DateOnly today, int week) => today.AddDays(-7 * (LastWeek - week));

    /// <summary>Active customers: about three more a week, with a small repeating wobble so the chart looks like data.</summary>
    public static int ActiveCustomers(int week) => 380 + (3 * week) - (week % 3 == 1 ? 2 : week % 3 == 2 ? 1 : 0);

    /// <summary>First response time in hours, one decimal: from 9 hours down by about 0.15 a week.</summary>
    public static decimal FirstResponseHours(int week) => (90 - (3 * week / 2) + (week % 3 == 1 ? 3 : week % 3 == 2 ? -2 : 0)) / 10m;

    public static string Csv(DateOnly today)
    {
        var csv = new StringBuilder("date,active-customers,first-response-hours\n");
        for (var week = 0; week <= LastWeek; week++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{DateOf(today, week):yyyy-MM-dd},{ActiveCustomers(week)},{FirstResponseHours(week):0.0}\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// The active-customers target of the quarter's key result: its baseline (the last value before the quarter
    /// starts) plus about 50, rounded up to a ten. Growth of 39 a quarter then scores about 0.7 by the quarter's end.
    /// </summary>
    public static int Target(DateOnly today)
    {
        var start = Period.QuarterOf(today).Start;
        var week = LastWeek;
        while (DateOf(today, week) >= start)
        {
            week--;
        }

        return (ActiveCustomers(week) + 50 + 9) / 10 * 10;
    }
}
