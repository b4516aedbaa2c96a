using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class ConfidenceRuleTests
{
    private static readonly Period Q4 = Period.Parse("2026-Q4");
    private static readonly DateOnly Open = new(2026, 11, 16);

    [Theory]
    [InlineData(3.0, Status.AtRisk)] // exactly the line: at best at risk
    [InlineData(2.5, Status.AtRisk)]
    [InlineData(0.0, Status.AtRisk)]
    [InlineData(3.5, Status.OnTrack)] // above the line: the numbers decide
    [InlineData(10.0, Status.OnTrack)]
    public void An_on_track_key_result_with_a_low_confidence_is_at_risk_in_an_open_period(double confidence, Status expected) =>
        Assert.Equal(expected, ConfidenceRule.Apply(Status.OnTrack, confidence, Q4, Open, low: 3));

    [Theory]
    [InlineData(Status.OffTrack)]
    [InlineData(Status.AtRisk)]
    [InlineData(Status.NoData)]
    [InlineData(Status.NotStarted)]
    public void A_low_confidence_never_changes_a_status_other_than_on_track(Status status) =>
        Assert.Equal(status, ConfidenceRule.Apply(status, 1, Q4, Open, low: 3));

    [Fact]
    public void A_high_confidence_never_raises_a_status()
    {
        Assert.Equal(Status.OffTrack, ConfidenceRule.Apply(Status.OffTrack, 10, Q4, Open, low: 3));
        Assert.Equal(Status.AtRisk, ConfidenceRule.Apply(Status.AtRisk, 9, Q4, Open, low: 3));
    }

    [Fact]
    public void A_closed_period_is_graded_on_its_score_alone() =>
        Assert.Equal(Status.OnTrack, ConfidenceRule.Apply(Status.OnTrack, 1, Period.Parse("2026-Q3"), Open, low: 3));

    [Fact]
    public void The_first_and_last_day_of_the_period_count_as_open()
    {
        Assert.Equal(Status.AtRisk, ConfidenceRule.Apply(Status.OnTrack, 2, Q4, new DateOnly(2026, 10, 1), low: 3));
        Assert.Equal(Status.AtRisk, ConfidenceRule.Apply(Status.OnTrack, 2, Q4, new DateOnly(2026, 12, 31), low: 3));
    }

    [Fact]
    public void Without_a_confidence_the_status_is_the_numbers_status() =>
        Assert.Equal(Status.OnTrack, ConfidenceRule.Apply(Status.OnTrack, null, Q4, Open, low: 3));

    [Fact]
    public void The_line_comes_from_site_json() =>
        Assert.Equal(Status.AtRisk, ConfidenceRule.Apply(Status.OnTrack, 4, Q4, Open, low: 4));
}
