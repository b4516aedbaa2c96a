using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Tests.Compute;

public class ReportBuilderCheckInTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 16);
    private static readonly Period Q4 = Period.Parse("2026-Q4");
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    private static readonly DataSet Data = new(
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create("visits", new Series("visits", [new DataPoint(new DateOnly(2026, 9, 30), 0), new DataPoint(new DateOnly(2026, 11, 1), 60)])),
        }),
        []);

    private static CheckIn C(int month, int day, double? value, double? confidence, int line = 2) =>
        new(new DateOnly(2026, month, day), value, confidence, null, new ValueOrigin(OriginKind.Csv, new SourceSpan("content/checkins/q4.csv", line), CheckIn.Field, new DateOnly(2026, month, day)));

    private static KeyResultDefinition Visits(string id, params CheckIn[] checkIns) =>
        new KeyResultDefinition(id, default, id, KeyResultType.Metric, new Located<string>("visits", default), null, 100, null, null, 1, false, null, null) { CheckIns = [.. checkIns] };

    private static Report Build(Period period, params KeyResultDefinition[] keyResults) => ReportBuilder.Build(
        SiteConfig.Default("t"),
        new ContentSet([], [], [new ObjectiveDefinition("o", default, "O", period, null, null, [], [.. keyResults], MarkdownText.Empty)], null),
        Data,
        AsOf,
        Q4);

    [Fact]
    public void A_check_in_value_newer_than_the_data_is_the_current_value_with_the_check_in_as_its_origin()
    {
        // Data: 60 on 1 November. Check-in: 70 on 9 November, newer.
        var kr = Build(Q4, Visits("a", C(11, 9, 70, 6, line: 5))).Objectives[0].KeyResults[0];

        Assert.Equal(70, kr.Current);
        Assert.Equal(new DateOnly(2026, 11, 9), kr.CurrentDate);
        Assert.Equal(new ValueOrigin(OriginKind.Csv, new SourceSpan("content/checkins/q4.csv", 5), "checkins", new DateOnly(2026, 11, 9)), kr.CurrentOrigin);
        Assert.Equal(0.7, kr.Score); // (70 − 0) / (100 − 0)
    }

    [Fact]
    public void A_check_in_value_older_than_the_data_leaves_the_data_value()
    {
        var kr = Build(Q4, Visits("a", C(10, 20, 40, 6))).Objectives[0].KeyResults[0];

        Assert.Equal(60, kr.Current);
        Assert.Equal(OriginKind.Csv, kr.CurrentOrigin.Kind);
        Assert.Equal("visits", kr.CurrentOrigin.Field);
    }

    [Fact]
    public void A_low_latest_confidence_makes_an_on_track_key_result_and_its_objective_at_risk()
    {
        // 16 Nov is day 47 of 92 in Q4: expected 47/92 = 0.5109; score 0.6 → p = 1 → on track by the numbers.
        var objective = Build(Q4, Visits("a", C(11, 2, null, 6), C(11, 9, 60, 3)), Visits("b", C(11, 9, null, 8))).Objectives[0];

        var a = objective.KeyResults[0];
        Assert.Equal(3, a.Confidence);
        Assert.Equal(-3, a.ConfidenceChange);
        Assert.Equal(Status.AtRisk, a.Status);
        Assert.Equal(Status.OnTrack, objective.KeyResults[1].Status);
        Assert.Equal(3, objective.Confidence); // min(3, 8)
        Assert.Equal(-3, objective.ConfidenceChange); // min(3, 8) − min(6, 8)
        Assert.Equal(Status.AtRisk, objective.Status);
    }

    [Fact]
    public void The_overdue_flag_counts_from_the_latest_check_in_and_from_the_period_start_without_one()
    {
        var objective = Build(Q4, Visits("a", C(11, 4, null, 6)), Visits("b")).Objectives[0];

        Assert.True(objective.KeyResults[0].CheckInOverdue);
        Assert.Equal(12, objective.KeyResults[0].DaysSinceCheckIn);
        Assert.True(objective.KeyResults[1].CheckInOverdue);
        Assert.Equal(46, objective.KeyResults[1].DaysSinceCheckIn);
    }

    [Fact]
    public void A_site_without_check_ins_gets_no_flags()
    {
        var kr = Build(Q4, Visits("a")).Objectives[0].KeyResults[0];

        Assert.False(kr.CheckInOverdue);
        Assert.Null(kr.DaysSinceCheckIn);
        Assert.Null(kr.Confidence);
        Assert.Empty(kr.CheckIns);
    }

    [Fact]
    public void A_closed_period_shows_its_history_but_no_flag_and_its_status_is_the_score_s()
    {
        var kr = Build(Q3, Visits("a", new CheckIn(new DateOnly(2026, 9, 1), null, 2, null, ValueOrigin.None))).Objectives[0].KeyResults[0];

        Assert.Single(kr.CheckIns);
        Assert.Equal(2, kr.Confidence);
        Assert.False(kr.CheckInOverdue);
        Assert.Null(kr.DaysSinceCheckIn);
    }
}
