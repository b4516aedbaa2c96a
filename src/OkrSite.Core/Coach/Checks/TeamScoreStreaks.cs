using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// A team's mean score per closed period over its own objectives (equal weights, as the roll-ups), and the latest
/// two consecutive closed periods of one kind (2026-Q2 then 2026-Q3) in which a test holds for both: what the
/// sandbagging and chronic-miss checks look for. Sub-teams are left out so that one team's streak is not reported
/// again for every team above it.
/// </summary>
internal static class TeamScoreStreaks
{
    public static IReadOnlyList<(Period Period, double Score)> ClosedScores(CoachContext context, Team team) =>
        [.. context.OwnObjectives(team)
            .Where(o => context.IsClosed(o.Period) && o.Score is not null)
            .GroupBy(o => o.Period)
            .Select(g => (g.Key, Figures.Round(g.Average(o => o.Score!.Value))))
            .OrderBy(x => x.Key)];

    /// <summary>The latest pair of consecutive closed periods of one kind whose scores both pass <paramref name="test"/>.</summary>
    public static ((Period Period, double Score) First, (Period Period, double Score) Second)? LatestPair(IReadOnlyList<(Period Period, double Score)> scores, Func<double, bool> test)
    {
        for (var i = scores.Count - 1; i >= 0; i--)
        {
            var second = scores[i];
            for (var j = i - 1; j >= 0; j--)
            {
                var first = scores[j];
                if (first.Period.Kind == second.Period.Kind && first.Period.End.AddDays(1) == second.Period.Start)
                {
                    if (test(first.Score) && test(second.Score))
                    {
                        return (first, second);
                    }

                    break;
                }
            }
        }

        return null;
    }
}
