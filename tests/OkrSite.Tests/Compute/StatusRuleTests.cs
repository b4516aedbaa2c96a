using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class StatusRuleTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void No_score_is_no_data_even_before_the_period() =>
        Assert.Equal(Status.NoData, StatusRule.Of(null, Q3, D("2026-05-01"), ScoringOptions.Default));

    [Fact]
    public void Before_the_period_is_not_started() =>
        Assert.Equal(Status.NotStarted, StatusRule.Of(0.9, Q3, D("2026-06-30"), ScoringOptions.Default));

    [Theory]
    // Half way through Q3 (46/92 = 0.5 expected): p = score / 0.5
    [InlineData(0.35, "2026-08-15", Status.OnTrack)] // p = 0.70: exactly the success line
    [InlineData(0.34, "2026-08-15", Status.AtRisk)] // p = 0.68
    [InlineData(0.20, "2026-08-15", Status.AtRisk)] // p = 0.40: exactly the at-risk line
    [InlineData(0.19, "2026-08-15", Status.OffTrack)] // p = 0.38
    [InlineData(0.90, "2026-08-15", Status.OnTrack)] // p = min(1, 1.8) = 1
    [InlineData(0.0, "2026-07-01", Status.OffTrack)] // first day, nothing moved yet
    public void During_the_period_progress_is_compared_with_the_elapsed_share(double score, string asOf, Status expected) =>
        Assert.Equal(expected, StatusRule.Of(score, Q3, D(asOf), ScoringOptions.Default));

    [Theory]
    // After the period the score itself counts.
    [InlineData(0.7, Status.OnTrack)]
    [InlineData(0.69, Status.AtRisk)]
    [InlineData(0.4, Status.AtRisk)]
    [InlineData(0.39, Status.OffTrack)]
    public void After_the_period_the_score_itself_is_compared(double score, Status expected) =>
        Assert.Equal(expected, StatusRule.Of(score, Q3, D("2026-10-01"), ScoringOptions.Default));

    [Fact]
    public void On_the_last_day_expected_is_one_so_the_score_counts() =>
        Assert.Equal(Status.AtRisk, StatusRule.Of(0.6, Q3, D("2026-09-30"), ScoringOptions.Default));

    [Fact]
    public void A_score_that_is_seven_tenths_on_paper_is_on_track_despite_rounding()
    {
        // (74.4 − 73) / (75 − 73) = 0.7000000000000028 and 0.1 + 0.6 = 0.7 → both on track; 0.69999 is not.
        var score = (74.4 - 73) / (75 - 73);

        Assert.Equal(Status.OnTrack, StatusRule.Of(score, Q3, D("2026-12-01"), ScoringOptions.Default));
        Assert.Equal(Status.OnTrack, StatusRule.Of(0.1 + 0.6, Q3, D("2026-12-01"), ScoringOptions.Default));
        Assert.Equal(Status.AtRisk, StatusRule.Of(0.69999, Q3, D("2026-12-01"), ScoringOptions.Default));
    }

    [Fact]
    public void Thresholds_come_from_site_scoring()
    {
        var strict = new ScoringOptions(Success: 0.9, AtRisk: 0.6);

        Assert.Equal(Status.AtRisk, StatusRule.Of(0.8, Q3, D("2026-10-01"), strict));
        Assert.Equal(Status.OffTrack, StatusRule.Of(0.5, Q3, D("2026-10-01"), strict));
    }

    [Theory]
    // Half way through Q3 (46/92 = 0.5 expected): a committed objective must be at or ahead of the plan.
    [InlineData(0.50, "2026-08-15", Status.OnTrack)] // p = 1: exactly on plan
    [InlineData(0.49, "2026-08-15", Status.AtRisk)] // p = 0.98: on track if aspirational
    [InlineData(0.35, "2026-08-15", Status.AtRisk)] // p = 0.70: exactly the success line
    [InlineData(0.34, "2026-08-15", Status.OffTrack)] // p = 0.68: at risk if aspirational
    // After the period the score itself counts: only 1.0 keeps the commitment.
    [InlineData(1.0, "2026-10-01", Status.OnTrack)]
    [InlineData(0.9, "2026-10-01", Status.AtRisk)]
    [InlineData(0.69, "2026-10-01", Status.OffTrack)]
    public void Committed_is_on_track_only_at_or_ahead_of_the_plan(double score, string asOf, Status expected) =>
        Assert.Equal(expected, StatusRule.Of(score, Q3, D(asOf), ScoringOptions.Default, ObjectiveKind.Committed));
}
