using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>When a key result's check-in is overdue.</summary>
internal static class CheckInSchedule
{
    /// <summary>
    /// Whether the latest check-in is older than the cadence at the report date, and how many days old it is. Only in
    /// an open period that has started and in which check-ins are <paramref name="expected"/> (some key result of the
    /// period has one): a site or period that does not use check-ins gets no flags. Without any check-in the key result
    /// is counted from the period's start, so it is overdue once a full cadence of the period has passed without one.
    /// A milestone that is done needs no more check-ins.
    /// </summary>
    public static (bool Overdue, int? Days) Of(DateOnly? latest, Period period, DateOnly asOf, CheckInCadence cadence, bool expected, bool done)
    {
        if (!expected || done || !period.Contains(asOf))
        {
            return (false, null);
        }

        var from = latest ?? period.Start;
        return (asOf > cadence.DueBy(from), asOf.DayNumber - from.DayNumber);
    }
}
