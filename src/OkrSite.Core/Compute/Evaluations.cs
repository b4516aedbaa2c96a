using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>The end-of-period grading (<see cref="Evaluation"/>) of every ended period, overall and per team.</summary>
internal static class Evaluations
{
    /// <summary>
    /// One evaluation per ended period (<see cref="Objective.Final"/>) overall, then one per team that owns objectives
    /// in it, by team id; latest period first. A team's evaluation covers its own objectives (its sub-teams have theirs).
    /// </summary>
    public static ImmutableArray<Evaluation> Of(IEnumerable<Objective> objectives, ScoringOptions scoring)
    {
        var result = ImmutableArray.CreateBuilder<Evaluation>();
        foreach (var period in objectives.Where(o => o.Final).GroupBy(o => o.Period).OrderByDescending(g => g.Key))
        {
            var list = period.OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
            result.Add(Of(period.Key, null, list, scoring));
            foreach (var team in list.Where(o => o.Team is not null).GroupBy(o => o.Team!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                result.Add(Of(period.Key, team.Key, [.. team], scoring));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The grading of <paramref name="objectives"/>: their equal-weight mean score, their verdicts counted, their key
    /// results' grades in bands, the committed ones whose verdict is missed, and the aspirational ones with at least
    /// one key result and 1.0 on every one.
    /// </summary>
    public static Evaluation Of(Period period, string? team, IReadOnlyList<Objective> objectives, ScoringOptions scoring)
    {
        var score = Scoring.WeightedMean(objectives.Select(o => (o.Score, 1.0)));
        return new(
            period,
            team,
            score,
            VerdictRule.Of(score, ObjectiveKind.Aspirational, period, period.End.AddDays(1), scoring) ?? Verdict.NoData,
            [.. objectives.Select(o => o.Key)],
            VerdictCounts.Of(objectives.Select(o => o.Verdict)),
            Bands(objectives.SelectMany(o => o.KeyResults).Select(k => k.Score)),
            [.. objectives.Where(o => o.Kind == ObjectiveKind.Committed && o.Verdict == Verdict.Missed).Select(o => o.Key)],
            [.. objectives.Where(AllAtOne).Select(o => o.Key)]);
    }

    /// <summary>
    /// Grades (rounded) in bands that each include their lower edge: [0, 0.3), [0.3, 0.7), [0.7, 1), and 1. A score
    /// below 0 or above 1 cannot be computed or written (Validate), so none falls outside.
    /// </summary>
    public static GradeBands Bands(IEnumerable<double?> scores)
    {
        int low = 0, middle = 0, high = 0, full = 0, none = 0;
        foreach (var score in scores)
        {
            switch (score is { } s ? Figures.Round(s) : (double?)null)
            {
                case null: none++; break;
                case >= 1: full++; break;
                case >= 0.7: high++; break;
                case >= 0.3: middle++; break;
                default: low++; break;
            }
        }

        return new(low, middle, high, full, none);
    }

    /// <summary>An aspirational objective that scored 1.0 on every key result: its targets may have been too easy.</summary>
    public static bool AllAtOne(Objective objective) =>
        objective.Kind == ObjectiveKind.Aspirational
        && objective.KeyResults.Length > 0
        && objective.KeyResults.All(k => k.Score is { } s && Figures.Round(s) >= 1);
}
