using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class ObjectivesPerTeamCheckTests
{
    private static IEnumerable<Objective> Many(int count, string period = "2026-Q4") =>
        Enumerable.Range(1, count).Select(i => Objective($"o{i}", period, team: "web"));

    [Theory]
    [InlineData(5, false)] // at the limit
    [InlineData(6, true)] // one more than 5
    public void Flags_more_than_five_objectives_in_one_period(int count, bool flagged)
    {
        var findings = Run(new ObjectivesPerTeamCheck(), Report(Many(count), teams: [Team("web")]));

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Fact]
    public void Periods_are_counted_apart_and_the_finding_is_the_teams_in_that_period()
    {
        // 4 in Q3 and 4 in Q4: eight in all, never more than five in one period.
        Assert.Empty(Run(new ObjectivesPerTeamCheck(), Report([.. Many(4, "2026-Q3"), .. Many(4)], teams: [Team("web")])));

        var finding = Assert.Single(Run(new ObjectivesPerTeamCheck(), Report(Many(6), teams: [Team("web")])));
        Assert.Equal(FindingSubject.Team, finding.Kind);
        Assert.Equal(Period.Parse("2026-Q4"), finding.Period);
        Assert.Equal("content/teams/web.md", finding.Source.File);
        Assert.Contains("has 6 objectives in 2026-Q4, more than 5", finding.Message, StringComparison.Ordinal);
    }
}
