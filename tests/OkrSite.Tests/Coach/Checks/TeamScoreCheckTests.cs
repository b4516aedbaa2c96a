using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

/// <summary>Sandbagging (OKR0507) and chronic misses (OKR0508): a team's mean over its own objectives, two closed periods in a row.</summary>
public class TeamScoreCheckTests
{
    private static Report Scores(params (string Period, double Score)[] scores) =>
        Report([.. scores.Select((s, i) => Objective($"o{i}", s.Period, team: "web", score: s.Score))], teams: [Team("web")]);

    [Fact]
    public void Above_high_twice_in_a_row_is_sandbagging()
    {
        // Q2 (0.95 + 0.93) / 2 = 0.94, Q3 0.91: both above 0.9.
        var report = Report(
            [Objective("a", "2026-Q2", team: "web", score: 0.95), Objective("b", "2026-Q2", team: "web", score: 0.93), Objective("c", "2026-Q3", team: "web", score: 0.91)],
            teams: [Team("web")]);

        var finding = Assert.Single(Run(new TeamSandbaggingCheck(), report));

        Assert.Equal("team 'Team web' averaged 0.94 in 2026-Q2 and 0.91 in 2026-Q3, above 0.9 both times: targets that are always met are not stretching; aim higher next period", finding.Message);
        Assert.Equal(Period.Parse("2026-Q3"), finding.Period);
    }

    [Theory]
    [InlineData(0.9, 0.95)] // 0.9 is not above 0.9
    [InlineData(0.95, 0.5)] // only once
    public void Not_twice_above_high_is_not_sandbagging(double first, double second) =>
        Assert.Empty(Run(new TeamSandbaggingCheck(), Scores(("2026-Q2", first), ("2026-Q3", second))));

    [Fact]
    public void Periods_must_follow_each_other_be_of_one_kind_and_be_closed()
    {
        Assert.Empty(Run(new TeamSandbaggingCheck(), Scores(("2026-Q1", 1.0), ("2026-Q3", 1.0)))); // Q2 between them
        Assert.Empty(Run(new TeamSandbaggingCheck(), Scores(("2026-H1", 1.0), ("2026-Q3", 1.0)))); // a half and a quarter
        Assert.Empty(Run(new TeamSandbaggingCheck(), Scores(("2026-Q3", 1.0), ("2026-Q4", 1.0)))); // Q4 runs until 2026-12-31
    }

    [Fact]
    public void A_period_is_closed_the_day_after_its_last_day()
    {
        var report = Scores(("2026-Q3", 1.0), ("2026-Q4", 1.0)) with { AsOf = new DateOnly(2027, 1, 1) };
        var dayBefore = report with { AsOf = new DateOnly(2026, 12, 31) }; // Q4's last day: its verdicts are not final yet

        Assert.Single(Run(new TeamSandbaggingCheck(), report));
        Assert.Empty(Run(new TeamSandbaggingCheck(), dayBefore));
    }

    [Fact]
    public void Only_the_latest_streak_is_reported()
    {
        var findings = Run(new TeamSandbaggingCheck(), Scores(("2026-Q1", 1.0), ("2026-Q2", 1.0), ("2026-Q3", 1.0)));

        Assert.Contains("in 2026-Q2 and 1 in 2026-Q3", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_low_twice_in_a_row_is_a_chronic_miss()
    {
        Assert.Single(Run(new ChronicMissCheck(), Scores(("2026-Q2", 0.29), ("2026-Q3", 0.1))));
        Assert.Empty(Run(new ChronicMissCheck(), Scores(("2026-Q2", 0.3), ("2026-Q3", 0.1)))); // 0.3 is not below 0.3
        Assert.Empty(Run(new ChronicMissCheck(), Scores(("2026-Q2", 0.1), ("2026-Q3", 0.5))));
    }

    [Fact]
    public void A_sub_teams_streak_is_not_reported_again_for_its_parent()
    {
        var report = Report(
            [Objective("a", "2026-Q2", team: "web", score: 0.1), Objective("b", "2026-Q3", team: "web", score: 0.1), Objective("c", "2026-Q3", team: "marketing", score: 0.9)],
            teams: [Team("marketing"), Team("web", parent: "marketing")]);

        var finding = Assert.Single(Run(new ChronicMissCheck(), report));

        Assert.Equal("web", finding.Subject);
    }

    [Fact]
    public void The_thresholds_come_from_site_json()
    {
        var options = CoachOptions.Default with { HighScore = 0.8, LowScore = 0.5 };
        var report = Scores(("2026-Q2", 0.85), ("2026-Q3", 0.85)) with { Config = SiteConfig.Default("t") with { Coach = options } };

        Assert.Single(Run(new TeamSandbaggingCheck(), report));
    }
}
