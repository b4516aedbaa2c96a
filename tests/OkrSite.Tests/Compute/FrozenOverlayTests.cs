using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Model;
using static OkrSite.Tests.Support.FrozenQuarter;

namespace OkrSite.Tests.Compute;

public class FrozenOverlayTests
{
    private static readonly DateOnly FrozenOn = new(2026, 10, 2);

    private static ImmutableArray<Objective> Live(DataSet data) => ReportBuilder.PeriodObjectives(SiteConfig.Default("t"), Content(), data, AsOf, Q3);

    private static PeriodArchive Frozen() =>
        new(Q3, FrozenOn, AsOf, "1.0.0", "sha256:" + new string('0', 64), [.. Live(Data()).Select(FrozenArchive.Objective)]);

    [Fact]
    public void The_archive_is_made_from_the_live_figures_by_hand_computed_values()
    {
        var retention = Frozen().Objectives.Single();
        var kr1 = retention.KeyResults[0];

        Assert.Equal(0.75, kr1.Score); // (74.5 − 73) / (75 − 73)
        Assert.Equal(73, kr1.Baseline);
        Assert.Equal(74.5, kr1.Current);
        Assert.Equal(new DateOnly(2026, 9, 30), kr1.CurrentDate);
        Assert.Equal([P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 74.5)], kr1.Window.ToArray());
        Assert.Equal(0.833333333333, retention.Score); // (0.75·2 + 1·1) / 3, rounded to 12 places
        Assert.Equal(Status.OnTrack, retention.Status);
    }

    [Fact]
    public void An_export_that_dropped_the_quarter_still_shows_it_as_frozen_chart_points_included()
    {
        // A rolling export: only October is left, so live kr1 has no baseline and no Q3 value.
        var live = Live(Data(P(10, 14, 74.8)));
        Assert.Null(live.Single().KeyResults[0].Score);

        var shown = FrozenOverlay.Apply(live, [Frozen()]).Single();
        var kr1 = shown.KeyResults[0];

        Assert.Equal(FrozenOn, shown.FrozenOn);
        Assert.Equal(0.833333333333, shown.Score);
        Assert.Equal(Status.OnTrack, shown.Status);
        Assert.Equal(0.75, kr1.Score);
        Assert.Equal(74.5, kr1.Current);
        Assert.Equal([P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 74.5)], kr1.Window!.Points.ToArray());
        Assert.Equal("retention", kr1.Window.Series.Metric);

        // The live baseline (none) differs from the frozen 73, so the frozen one has no file and line to point at.
        Assert.Equal(OriginKind.None, kr1.BaselineOrigin.Kind);
    }

    [Fact]
    public void The_verdict_kind_and_confidence_are_frozen_with_the_figures()
    {
        var frozen = Frozen();
        var missed = frozen with { Objectives = [frozen.Objectives[0] with { Verdict = Verdict.Missed, Kind = ObjectiveKind.Committed, Confidence = 4 }] };

        var shown = FrozenOverlay.Apply(Live(Data()), [missed]).Single();

        Assert.Equal(Verdict.Achieved, frozen.Objectives[0].Verdict); // 0.83 aspirational: achieved, as computed live
        Assert.Equal((Verdict.Missed, ObjectiveKind.Committed, 4.0), (shown.Verdict, shown.Kind, shown.Confidence));
    }

    [Fact]
    public void A_value_that_still_equals_the_live_one_keeps_its_origin()
    {
        var live = Live(Data());
        var shown = FrozenOverlay.Apply(live, [Frozen()]).Single();

        Assert.Equal(live.Single().KeyResults[0].CurrentOrigin, shown.KeyResults[0].CurrentOrigin);
        Assert.Equal(live.Single().KeyResults[0].ScoreOrigin, shown.KeyResults[0].ScoreOrigin);
    }

    [Fact]
    public void The_key_results_are_the_frozen_ones_a_key_result_added_since_is_not_shown()
    {
        var frozen = Frozen();
        var withoutKr2 = frozen with { Objectives = [frozen.Objectives[0] with { KeyResults = [frozen.Objectives[0].KeyResults[0]] }] };

        var shown = FrozenOverlay.Apply(Live(Data()), [withoutKr2]).Single();

        Assert.Equal(["kr1"], shown.KeyResults.Select(k => k.Id));
    }

    [Fact]
    public void Objectives_of_other_periods_and_objectives_the_archive_lacks_are_left_as_computed()
    {
        var q4 = ReportBuilder.PeriodObjectives(SiteConfig.Default("t"), Content(), Data(), AsOf, Q4);
        var frozen = Frozen() with { Objectives = [] };

        ImmutableArray<Objective> live = [.. Live(Data()), .. q4];

        var shown = FrozenOverlay.Apply(live, [frozen]);

        Assert.All(shown, o => Assert.Null(o.FrozenOn));
        Assert.All(live.Zip(shown), pair => Assert.Same(pair.First, pair.Second)); // nothing was replaced
        Assert.Same(q4[0], FrozenOverlay.Apply(q4, [Frozen()])[0]);
    }
}
