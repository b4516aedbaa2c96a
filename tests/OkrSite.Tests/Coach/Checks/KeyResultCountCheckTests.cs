using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class KeyResultCountCheckTests
{
    private static Objective With(int count) =>
        Objective($"o{count}", keyResults: [.. Enumerable.Range(1, count).Select(i => Metric($"kr{i}"))]);

    [Theory]
    [InlineData(1, true)] // below min 2
    [InlineData(2, false)] // the boundaries themselves are fine
    [InlineData(5, false)]
    [InlineData(6, true)] // above max 5
    public void Flags_fewer_than_two_or_more_than_five(int count, bool flagged)
    {
        var findings = Run(new KeyResultCountCheck(), Report([With(count)]));

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Fact]
    public void The_message_names_the_objective_and_the_range_and_the_finding_points_at_its_file()
    {
        var finding = Assert.Single(Run(new KeyResultCountCheck(), Report([With(1)])));

        Assert.Equal("objective 'Objective o1' (2026-Q4/o1) has 1 key result, outside 2 to 5: one measure rarely shows that an objective is met: add a key result for another side of the outcome", finding.Message);
        Assert.Equal(FindingSubject.Objective, finding.Kind);
        Assert.Equal("2026-Q4/o1", finding.Subject);
        Assert.Equal("content/okrs/2026-Q4/o1.md", finding.Source.File);
    }

    [Fact]
    public void The_thresholds_come_from_site_json()
    {
        var options = CoachOptions.Default with { MinKeyResults = 1, MaxKeyResults = 3 };

        Assert.Empty(Run(new KeyResultCountCheck(), Report([With(1)], options: options)));
        Assert.Single(Run(new KeyResultCountCheck(), Report([With(4)], options: options)));
    }

    [Fact]
    public void An_objective_without_key_results_is_left_to_its_error()
    {
        var none = Objective("none") with { KeyResults = [] };

        Assert.Empty(Run(new KeyResultCountCheck(), Report([none])));
    }
}
