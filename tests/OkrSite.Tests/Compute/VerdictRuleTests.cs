using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class VerdictRuleTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-06-30")] // before the period
    [InlineData("2026-08-15")] // while it runs
    [InlineData("2026-09-30")] // its last day: not over yet
    public void A_period_that_has_not_ended_has_no_verdict(string asOf)
    {
        Assert.Null(VerdictRule.Of(1, ObjectiveKind.Committed, Q3, D(asOf), ScoringOptions.Default));
        Assert.False(VerdictRule.IsFinal(Q3, D(asOf)));
    }

    [Theory]
    [InlineData(1.0, Verdict.Achieved)]
    [InlineData(0.7, Verdict.Achieved)] // exactly the success line
    [InlineData(0.69, Verdict.PartlyAchieved)]
    [InlineData(0.4, Verdict.PartlyAchieved)] // exactly the at-risk line
    [InlineData(0.39, Verdict.Missed)]
    [InlineData(0.0, Verdict.Missed)]
    public void Aspirational_is_achieved_at_success_and_partly_achieved_at_the_at_risk_line(double score, Verdict expected) =>
        Assert.Equal(expected, VerdictRule.Of(score, ObjectiveKind.Aspirational, Q3, D("2026-10-01"), ScoringOptions.Default));

    [Theory]
    [InlineData(1.0, Verdict.Achieved)]
    [InlineData(0.99, Verdict.Missed)] // a commitment is kept or not
    [InlineData(0.8, Verdict.Missed)]
    [InlineData(0.2, Verdict.Missed)]
    public void Committed_is_achieved_only_at_one(double score, Verdict expected) =>
        Assert.Equal(expected, VerdictRule.Of(score, ObjectiveKind.Committed, Q3, D("2026-10-01"), ScoringOptions.Default));

    [Fact]
    public void The_score_is_rounded_before_it_is_compared()
    {
        // 0.3 * 3 + 0.1 is 0.9999999999999999 in binary and 1 on paper; 0.7 − 1e-15 is 0.7 to 12 digits.
        Assert.Equal(Verdict.Achieved, VerdictRule.Of((0.3 * 3) + 0.1, ObjectiveKind.Committed, Q3, D("2026-12-31"), ScoringOptions.Default));
        Assert.Equal(Verdict.Achieved, VerdictRule.Of(0.7 - 1e-15, ObjectiveKind.Aspirational, Q3, D("2026-12-31"), ScoringOptions.Default));
    }

    [Fact]
    public void Without_a_score_a_final_period_has_no_data() =>
        Assert.Equal(Verdict.NoData, VerdictRule.Of(null, ObjectiveKind.Aspirational, Q3, D("2026-10-01"), ScoringOptions.Default));

    [Fact]
    public void The_site_thresholds_move_the_aspirational_lines()
    {
        var strict = new ScoringOptions(Success: 0.8, AtRisk: 0.5);
        Assert.Equal(Verdict.PartlyAchieved, VerdictRule.Of(0.75, ObjectiveKind.Aspirational, Q3, D("2026-10-01"), strict));
        Assert.Equal(Verdict.Missed, VerdictRule.Of(0.45, ObjectiveKind.Aspirational, Q3, D("2026-10-01"), strict));
    }
}
