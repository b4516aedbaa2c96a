using OkrSite.Core.Coach.Checks;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class MilestonesOnlyCheckTests
{
    [Fact]
    public void Flags_an_objective_whose_key_results_are_all_milestones()
    {
        var all = Objective("launch", keyResults: [Milestone("kr1"), Milestone("kr2")]);
        var mixed = Objective("mixed", keyResults: [Milestone("kr1"), Metric("kr2")]);

        var finding = Assert.Single(Run(new MilestonesOnlyCheck(), Report([all, mixed])));

        Assert.Equal("2026-Q4/launch", finding.Subject);
    }
}
