using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class EvaluationsTests
{
    private static Objective Final(string id, string? team, ObjectiveKind kind, Verdict verdict, params double?[] scores) =>
        Made.Objective(id, "2026-Q3", scores.Average(), Status.OnTrack, team, [.. scores.Select((s, i) => Made.Kr($"kr{i + 1}", Status.OnTrack, s))])
            with { Kind = kind, Final = true, Verdict = verdict };

    [Fact]
    public void Bands_include_their_lower_edge_and_one_is_a_band_of_its_own()
    {
        // [0, 0.3): 0, 0.29; [0.3, 0.7): 0.3, 0.69; [0.7, 1): 0.7, 0.99; 1: 1 and 0.9999999999999999 (1 after rounding).
        var bands = Evaluations.Bands([0, 0.29, 0.3, 0.69, 0.7, 0.99, 1, (0.3 * 3) + 0.1, null]);

        Assert.Equal(new GradeBands(Low: 2, Middle: 2, High: 2, Full: 2, NoScore: 1), bands);
        Assert.Equal(9, bands.Total);
    }

    [Fact]
    public void An_evaluation_lists_the_committed_objectives_that_missed_and_the_aspirational_ones_at_one_everywhere()
    {
        var objectives = new[]
        {
            Final("easy", "a", ObjectiveKind.Aspirational, Verdict.Achieved, 1, 1),
            Final("promise", "a", ObjectiveKind.Committed, Verdict.Missed, 1, 0.8),
            Final("kept", "b", ObjectiveKind.Committed, Verdict.Achieved, 1, 1), // committed at 1.0 is the point, not too easy
            Final("stretch", null, ObjectiveKind.Aspirational, Verdict.PartlyAchieved, 0.5),
        };

        var evaluation = Evaluations.Of(Period.Parse("2026-Q3"), null, objectives, ScoringOptions.Default);

        Assert.Equal(["2026-Q3/promise"], evaluation.CommittedMissed.AsEnumerable());
        Assert.Equal(["2026-Q3/easy"], evaluation.AllAtOne.AsEnumerable());
        Assert.Equal(new VerdictCounts(Achieved: 2, PartlyAchieved: 1, Missed: 1, NoData: 0), evaluation.Verdicts);
        Assert.Equal(new GradeBands(0, 1, 1, 5, 0), evaluation.KeyResultBands);

        // (1 + 0.9 + 1 + 0.5) / 4 = 0.85: achieved, graded like an aspirational objective.
        Assert.Equal(0.85, evaluation.Score);
        Assert.Equal(Verdict.Achieved, evaluation.Verdict);
    }

    [Fact]
    public void Every_ended_period_is_evaluated_overall_then_per_team_by_id_and_a_running_one_is_not()
    {
        var running = Made.Objective("now", "2026-Q4", 0.5, Status.AtRisk, "a");
        var objectives = new[]
        {
            Final("x", "b", ObjectiveKind.Aspirational, Verdict.Achieved, 0.8),
            Final("y", "a", ObjectiveKind.Aspirational, Verdict.Missed, 0.1),
            Final("z", null, ObjectiveKind.Aspirational, Verdict.Achieved, 0.9),
            running,
        };

        var evaluations = Evaluations.Of(objectives, ScoringOptions.Default);

        Assert.Equal([(null, 3), ("a", 1), ("b", 1)], evaluations.Select(e => (e.Team, e.Objectives.Length)));
        Assert.All(evaluations, e => Assert.Equal(Period.Parse("2026-Q3"), e.Period));
        Assert.Equal(["2026-Q3/x", "2026-Q3/y", "2026-Q3/z"], evaluations[0].Objectives.AsEnumerable());
    }

    [Fact]
    public void An_aspirational_objective_without_key_results_or_with_one_unscored_is_not_at_one_everywhere()
    {
        Assert.False(Evaluations.AllAtOne(Final("none", null, ObjectiveKind.Aspirational, Verdict.NoData)));
        Assert.False(Evaluations.AllAtOne(Final("gap", null, ObjectiveKind.Aspirational, Verdict.Achieved, 1, null)));
        Assert.True(Evaluations.AllAtOne(Final("all", null, ObjectiveKind.Aspirational, Verdict.Achieved, 1, 1)));
    }
}
