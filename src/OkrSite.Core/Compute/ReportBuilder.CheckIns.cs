using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>The check-in figures of every key result and objective, and confidence's say in their status.</summary>
internal static partial class ReportBuilder
{
    private static ImmutableArray<Objective> WithCheckIns(ImmutableArray<Objective> objectives, CheckInOptions options, DateOnly asOf)
    {
        // Check-ins are expected only in a period where the team uses them: an old site, or a period without any, gets no flags.
        var periodsWithCheckIns = objectives
            .Where(o => o.KeyResults.Any(k => !k.CheckIns.IsEmpty))
            .Select(o => o.Period)
            .ToHashSet();
        if (periodsWithCheckIns.Count == 0)
        {
            return objectives;
        }

        return [.. objectives.Select(o => WithCheckIns(o, options, asOf, periodsWithCheckIns.Contains(o.Period)))];
    }

    private static Objective WithCheckIns(Objective objective, CheckInOptions options, DateOnly asOf, bool expected)
    {
        var confidences = new List<(double? Latest, double? Previous)>(objective.KeyResults.Length);
        var keyResults = objective.KeyResults.Select(kr =>
        {
            var (latest, previous) = CheckInHistory.Confidences(kr.CheckIns);
            confidences.Add((latest, previous));
            var done = kr.Type == KeyResultType.Milestone && kr.Done;
            var (overdue, days) = CheckInSchedule.Of(kr.CheckIns.IsEmpty ? null : kr.CheckIns[^1].Date, objective.Period, asOf, options.Cadence, expected, done);
            return kr with
            {
                Confidence = latest,
                ConfidenceChange = CheckInHistory.Change(latest, previous),
                CheckInOverdue = overdue,
                DaysSinceCheckIn = days,
                Status = ConfidenceRule.Apply(kr.Status, latest, objective.Period, asOf, options.LowConfidence),
            };
        }).ToImmutableArray();
        var (confidence, change) = CheckInHistory.Objective(confidences);
        return objective with
        {
            KeyResults = keyResults,
            Confidence = confidence,
            ConfidenceChange = change,
            Status = ConfidenceRule.Apply(objective.Status, confidence, objective.Period, asOf, options.LowConfidence),
        };
    }
}
