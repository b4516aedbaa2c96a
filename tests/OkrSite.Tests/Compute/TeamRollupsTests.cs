using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using static OkrSite.Tests.Compute.Made;

namespace OkrSite.Tests.Compute;

public class TeamRollupsTests
{
    private static readonly DateOnly AsOf = new(2026, 10, 1); // 2026-Q3 has ended: a status is its score's

    [Fact]
    public void A_parent_rolls_up_its_own_objectives_and_its_sub_teams()
    {
        // sales owns 0.8 and 0.5; its sub-team emea owns 0.2. Sales: (0.8 + 0.5 + 0.2) / 3 = 0.5 → at risk.
        var rollups = TeamRollups.Of(
            [("sales", null), ("emea", "sales"), ("support", null)],
            [
                Objective("s1", "2026-Q3", 0.8, Status.OnTrack, "sales"),
                Objective("s2", "2026-Q3", 0.5, Status.AtRisk, "sales"),
                Objective("e1", "2026-Q3", 0.2, Status.OffTrack, "emea"),
            ],
            AsOf,
            ScoringOptions.Default);

        var sales = Assert.Single(rollups["sales"]);
        Assert.Equal(Period.Parse("2026-Q3"), sales.Period);
        Assert.Equal(3, sales.ObjectiveCount);
        Assert.Equal(new StatusCounts(0, 0, OffTrack: 1, AtRisk: 1, OnTrack: 1), sales.Objectives);
        Assert.Equal(0.5, sales.Score);
        Assert.Equal(Status.AtRisk, sales.Status);

        var emea = Assert.Single(rollups["emea"]);
        Assert.Equal(1, emea.ObjectiveCount);
        Assert.Equal(0.2, emea.Score);
        Assert.Equal(Status.OffTrack, emea.Status);

        Assert.Empty(rollups["support"]);
    }

    [Fact]
    public void Sub_teams_at_any_depth_count_per_period_latest_first_and_unscored_objectives_are_counted_not_scored()
    {
        var rollups = TeamRollups.Of(
            [("a", null), ("b", "a"), ("c", "b")],
            [
                Objective("c1", "2026-Q3", 0.1, Status.OffTrack, "c"),
                Objective("c2", "2026-Q3", null, Status.NoData, "c"),
                Objective("a1", "2027-Q1", 1, Status.OnTrack, "a"),
                Objective("b1", "2026-Q3", 0.6, Status.AtRisk, "b"),
            ],
            AsOf,
            ScoringOptions.Default);

        Assert.Equal(["2027-Q1", "2026-Q3"], rollups["a"].Select(r => r.Period.ToString()));
        var q3 = rollups["a"][1];
        Assert.Equal(3, q3.ObjectiveCount);
        Assert.Equal(0.35, q3.Score); // (0.1 + 0.6) / 2
        Assert.Equal(new StatusCounts(NoData: 1, 0, OffTrack: 1, AtRisk: 1, 0), q3.Objectives);
        Assert.Equal(Status.NotStarted, rollups["a"][0].Status); // 2027-Q1 starts after asOf
    }

    [Fact]
    public void An_ended_period_rolls_up_verdicts_and_grades_the_score_like_an_aspirational_objective()
    {
        // sales' committed 0.9 missed, emea's aspirational 0.5 partly achieved: (0.9 + 0.5) / 2 = 0.7 → achieved.
        var rollups = TeamRollups.Of(
            [("sales", null), ("emea", "sales")],
            [
                Objective("s1", "2026-Q3", 0.9, Status.AtRisk, "sales") with { Kind = ObjectiveKind.Committed, Final = true, Verdict = Verdict.Missed },
                Objective("e1", "2026-Q3", 0.5, Status.AtRisk, "emea") with { Final = true, Verdict = Verdict.PartlyAchieved },
                Objective("now", "2026-Q4", 0.5, Status.AtRisk, "sales"),
            ],
            AsOf,
            ScoringOptions.Default);

        var q3 = rollups["sales"].Single(r => r.Period == Period.Parse("2026-Q3"));
        Assert.Equal(new VerdictCounts(0, PartlyAchieved: 1, Missed: 1, 0), q3.ObjectiveVerdicts);
        Assert.Equal(Verdict.Achieved, q3.Verdict);

        var q4 = rollups["sales"].Single(r => r.Period == Period.Parse("2026-Q4"));
        Assert.Null(q4.Verdict); // asOf 1 Oct: Q4 runs
        Assert.Equal(VerdictCounts.None, q4.ObjectiveVerdicts);
    }

    [Fact]
    public void A_mean_of_thirds_is_rounded_to_twelve_digits() =>
        Assert.Equal(0.333333333333, Assert.Single(TeamRollups.Of(
            [("t", null)],
            [Objective("x", "2026-Q3", 1, Status.OnTrack, "t"), Objective("y", "2026-Q3", 0, Status.OffTrack, "t"), Objective("z", "2026-Q3", 0, Status.OffTrack, "t")],
            AsOf,
            ScoringOptions.Default)["t"]).Score);

    [Fact]
    public void A_team_cycle_ends_the_walk_and_a_chain_of_many_teams_does_not_overflow_the_stack()
    {
        // A cycle is an error of the validate stage, but compute still runs: each objective counts once per team.
        var cycle = TeamRollups.Of([("x", "y"), ("y", "x")], [Objective("o", "2026-Q3", 0.5, Status.AtRisk, "y")], AsOf, ScoringOptions.Default);
        Assert.Equal(1, Assert.Single(cycle["x"]).ObjectiveCount);
        Assert.Equal(1, Assert.Single(cycle["y"]).ObjectiveCount);

        const int Length = 100_000;
        var chain = Enumerable.Range(0, Length).Select(i => ($"t{i:D6}", i == 0 ? null : (string?)$"t{i - 1:D6}")).ToList();
        var deep = TeamRollups.Of(chain, [Objective("deep", "2026-Q3", 0.9, Status.OnTrack, $"t{Length - 1:D6}")], AsOf, ScoringOptions.Default);
        Assert.Equal(0.9, Assert.Single(deep["t000000"]).Score);
    }
}
