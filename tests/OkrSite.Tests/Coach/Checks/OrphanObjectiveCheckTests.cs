using OkrSite.Core.Coach.Checks;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class OrphanObjectiveCheckTests
{
    [Fact]
    public void An_objective_aligned_to_nothing_under_a_parent_team_with_objectives()
    {
        var parent = Objective("brand", "2026", team: "marketing");
        var orphan = Objective("relaunch", "2026-Q4", team: "web");

        var finding = Assert.Single(Run(new OrphanObjectiveCheck(), Report([parent, orphan], teams: [Team("marketing"), Team("web", "marketing")])));

        Assert.Equal("2026-Q4/relaunch", finding.Subject);
        Assert.Contains("add aligns_to: 2026/brand", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_or_top_level_or_nothing_above_is_no_orphan()
    {
        var teams = new[] { Team("marketing"), Team("web", "marketing") };
        var parent = Objective("brand", "2026-Q4", team: "marketing");

        Assert.Empty(Run(new OrphanObjectiveCheck(), Report([parent, Objective("relaunch", team: "web", alignsTo: ["2026-Q4/brand"])], teams: teams)));
        Assert.Empty(Run(new OrphanObjectiveCheck(), Report([parent], teams: teams))); // marketing has no parent
        Assert.Empty(Run(new OrphanObjectiveCheck(), Report([Objective("relaunch", team: "web")], teams: teams))); // nothing to align to
        Assert.Empty(Run(new OrphanObjectiveCheck(), Report([Objective("brand", "2026-Q3", team: "marketing"), Objective("relaunch", team: "web")], teams: teams))); // only another quarter's
    }

    [Fact]
    public void The_walk_goes_up_past_a_parent_without_objectives_and_stops_at_a_cycle()
    {
        var grand = Objective("growth", "2026-Q4", team: "company");
        var teams = new[] { Team("company"), Team("marketing", "company"), Team("web", "marketing") };

        Assert.Single(Run(new OrphanObjectiveCheck(), Report([grand, Objective("relaunch", team: "web")], teams: teams)));

        var cycle = new[] { Team("a", "b"), Team("b", "a") };
        Assert.Empty(Run(new OrphanObjectiveCheck(), Report([Objective("x", team: "a")], teams: cycle)));
    }
}
