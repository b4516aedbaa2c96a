using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class SandbaggingCheckTests
{
    private static Objective Ended(ObjectiveKind kind, bool final, params double[] scores) =>
        Objective("o", "2026-Q3", keyResults: [.. scores.Select((s, i) => Metric($"kr{i + 1}", score: s))]) with { Kind = kind, Final = final };

    [Fact]
    public void An_ended_aspirational_objective_with_one_on_every_key_result()
    {
        var finding = Assert.Single(Run(new SandbaggingCheck(), Report([Ended(ObjectiveKind.Aspirational, true, 1, 1)])));

        Assert.StartsWith("aspirational objective 'Objective o' (2026-Q3/o) ended with 1.0 on every key result", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ObjectiveKind.Committed, true, 1.0)] // committed objectives are meant to reach 1.0
    [InlineData(ObjectiveKind.Aspirational, false, 1.0)] // still running
    [InlineData(ObjectiveKind.Aspirational, true, 0.99)] // one key result short of 1.0
    public void Not_sandbagging(ObjectiveKind kind, bool final, double second) =>
        Assert.Empty(Run(new SandbaggingCheck(), Report([Ended(kind, final, 1.0, second)])));
}
