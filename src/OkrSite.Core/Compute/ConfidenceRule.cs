using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// How confidence feeds status, applied after <see cref="StatusRule"/> (and whatever else decides the status from
/// the numbers), so the rules compose: numbers first, then the team's own judgement can only lower the status.
/// </summary>
internal static class ConfidenceRule
{
    /// <summary>
    /// On track becomes at risk when the latest confidence is at or below <paramref name="low"/> (3 by default) while
    /// the period is open and started: the team says it will not make it, whatever the score says so far. Off track
    /// stays off track, and a high confidence never raises a status. A closed period is graded on its score alone,
    /// and a period that has not started has no status to lower.
    /// </summary>
    public static Status Apply(Status status, double? confidence, Period period, DateOnly asOf, double low)
    {
        if (status != Status.OnTrack || confidence is not { } c || c > low)
        {
            return status;
        }

        return period.Contains(asOf) ? Status.AtRisk : status;
    }
}
