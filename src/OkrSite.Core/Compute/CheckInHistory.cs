using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>The figures a key result's and an objective's check-ins give: latest confidence, its change, the latest value.</summary>
internal static class CheckInHistory
{
    /// <summary>The check-ins on or before the report date, oldest first (a later one is in the future of the report).</summary>
    public static ImmutableArray<CheckIn> Until(ImmutableArray<CheckIn> checkIns, DateOnly asOf) =>
        [.. checkIns.Where(c => c.Date <= asOf).OrderBy(c => c.Date)];

    /// <summary>
    /// The latest confidence given and the one before it. A check-in that gives only a value does not reset the
    /// confidence: it is the latest check-in that carries one.
    /// </summary>
    public static (double? Latest, double? Previous) Confidences(ImmutableArray<CheckIn> checkIns)
    {
        double? latest = null, previous = null;
        foreach (var checkIn in checkIns)
        {
            if (checkIn.Confidence is { } c)
            {
                (previous, latest) = (latest, c);
            }
        }

        return (latest, previous);
    }

    /// <summary>Latest minus previous, rounded; null with fewer than two confidences.</summary>
    public static double? Change(double? latest, double? previous) =>
        latest is { } l && previous is { } p ? Figures.Difference(l, p) : null;

    /// <summary>
    /// An objective's confidence: the lowest latest confidence of its key results (an objective is as likely as its
    /// least likely key result; a mean would hide the one the team has given up on). Its change compares that with
    /// the same rule over each key result's previous confidence (its latest when it has only one).
    /// </summary>
    public static (double? Confidence, double? Change) Objective(IEnumerable<(double? Latest, double? Previous)> keyResults)
    {
        double? now = null, before = null;
        var anyPrevious = false;
        foreach (var (latest, previous) in keyResults)
        {
            if (latest is not { } l)
            {
                continue;
            }

            anyPrevious |= previous is not null;
            var p = previous ?? l;
            now = now is { } n ? Math.Min(n, l) : l;
            before = before is { } b ? Math.Min(b, p) : p;
        }

        return (now, anyPrevious ? Change(now, before) : null);
    }

    /// <summary>The latest check-in with a value on or before <paramref name="until"/>, for a key result's current value.</summary>
    public static CheckIn? LatestValue(ImmutableArray<CheckIn> checkIns, DateOnly until)
    {
        CheckIn? found = null;
        foreach (var checkIn in checkIns)
        {
            if (checkIn.Value is not null && checkIn.Date <= until && (found is null || checkIn.Date >= found.Date))
            {
                found = checkIn;
            }
        }

        return found;
    }
}
