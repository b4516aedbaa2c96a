using OkrSite.Core.Compute;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Compute;

public class ComparisonRuleTests
{
    private static SnapshotKeyResult Kr(string id, Status status, double? score, double? current = null, double? confidence = null) =>
        new(id, id + " title", status, score, current, "%", confidence);

    private static SnapshotObjective Objective(string period, string id, Status status, double? score, double? confidence = null, string? verdict = null, params SnapshotKeyResult[] krs) =>
        new($"{period}/{id}", id, id + " title", Period.Parse(period), "sales", status, score, confidence, null, verdict, [.. krs]);

    private static SnapshotKpi Kpi(string id, KpiHealth health, double? latest = null) =>
        new(id, id + " name", "%", health, latest is { } v ? new DataPoint(new DateOnly(2026, 11, 1), v) : null);

    private static ComparisonSnapshot Snapshot(DateOnly asOf, SnapshotObjective[] objectives, params SnapshotKpi[] kpis) =>
        new("Acme", asOf, Period.Parse("2026-Q4"), [.. objectives], [.. kpis]);

    private static readonly DateOnly Before = new(2026, 11, 2);
    private static readonly DateOnly After = new(2026, 11, 16);

    [Fact]
    public void A_status_change_carries_the_score_delta_rounded_by_Figures()
    {
        // 0.55 − 0.3 is 0.25000000000000006 in binary; the rule's figure is 0.25.
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [Objective("2026-Q4", "grow", Status.AtRisk, 0.3)]),
            Snapshot(After, [Objective("2026-Q4", "grow", Status.OnTrack, 0.55)]));

        var change = Assert.Single(comparison.Objectives);
        Assert.Equal("2026-Q4/grow", change.Key);
        Assert.Equal((Status.AtRisk, Status.OnTrack), (change.From, change.To));
        Assert.Equal(new FigureChange(0.3, 0.55, 0.25), change.Score);
        Assert.Equal(1, comparison.StatusChanges);
        Assert.Equal(1, comparison.ScoreChanges);
        Assert.Equal(new ComparisonSide("Acme", Before, Period.Parse("2026-Q4")), comparison.Previous);
        Assert.Equal(After, comparison.Current.AsOf);
    }

    [Fact]
    public void A_confidence_drop_alone_is_a_change_without_a_status_change()
    {
        // Confidence 7 → 4: −3; the score stays 0.5.
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [Objective("2026-Q4", "grow", Status.OnTrack, 0.5, confidence: 7)]),
            Snapshot(After, [Objective("2026-Q4", "grow", Status.OnTrack, 0.5, confidence: 4)]));

        var change = Assert.Single(comparison.Objectives);
        Assert.False(change.StatusChanged);
        Assert.False(change.Score.Changed);
        Assert.Equal(new FigureChange(7, 4, -3), change.Confidence);
        Assert.Equal(0, comparison.StatusChanges);
    }

    [Fact]
    public void A_score_that_appears_is_a_change_without_a_delta()
    {
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [Objective("2026-Q4", "grow", Status.NoData, null)]),
            Snapshot(After, [Objective("2026-Q4", "grow", Status.AtRisk, 0.4)]));

        Assert.Equal(new FigureChange(null, 0.4, null), Assert.Single(comparison.Objectives).Score);
    }

    [Fact]
    public void A_verdict_that_appears_at_period_end_is_a_change()
    {
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [Objective("2026-Q3", "grow", Status.OnTrack, 0.8)]),
            Snapshot(After, [Objective("2026-Q3", "grow", Status.OnTrack, 0.8, verdict: "achieved")]));

        var change = Assert.Single(comparison.Objectives);
        Assert.Equal((null, "achieved"), (change.VerdictFrom, change.VerdictTo));
    }

    [Fact]
    public void Nothing_changed_is_no_change_at_all()
    {
        var side = Snapshot(Before, [Objective("2026-Q4", "grow", Status.OnTrack, 0.7, 6, null, Kr("kr1", Status.OnTrack, 0.7, 42, 6))], Kpi("nps", KpiHealth.Healthy, 40));
        var comparison = ComparisonRule.Compare(side, side with { AsOf = After });

        Assert.False(comparison.HasChanges);
        Assert.Empty(comparison.Objectives);
        Assert.Empty(comparison.KeyResults);
        Assert.Empty(comparison.Kpis);
    }

    [Fact]
    public void Key_results_are_matched_by_id_within_their_objective()
    {
        // kr1: at risk 0.35 → on track 0.75 (+0.4), current 61.5 → 64.3 (+2.8, rounded from 2.799999999999997),
        // confidence 5 → 8 (+3); kr2 is gone, kr3 is new.
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [Objective("2026-Q4", "grow", Status.AtRisk, 0.4, null, null, Kr("kr1", Status.AtRisk, 0.35, 61.5, 5), Kr("kr2", Status.OnTrack, 0.9))]),
            Snapshot(After, [Objective("2026-Q4", "grow", Status.AtRisk, 0.4, null, null, Kr("kr1", Status.OnTrack, 0.75, 64.3, 8), Kr("kr3", Status.NotStarted, null))]));

        var kr = Assert.Single(comparison.KeyResults);
        Assert.Equal("2026-Q4/grow/kr1", kr.Key);
        Assert.Equal((Status.AtRisk, Status.OnTrack), (kr.From, kr.To));
        Assert.Equal(0.4, kr.Score.Delta);
        Assert.Equal(2.8, kr.Current.Delta);
        Assert.Equal(3, kr.Confidence.Delta);
        Assert.Equal("2026-Q4/grow/kr3", Assert.Single(comparison.NewKeyResults).Key);
        Assert.Equal("2026-Q4/grow/kr2", Assert.Single(comparison.RemovedKeyResults).Key);
        Assert.Equal(1, comparison.KeyResultStatusChanges);
        Assert.Empty(comparison.Objectives);
    }

    [Fact]
    public void Objectives_are_matched_by_key_so_an_id_in_the_next_quarter_is_new()
    {
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [Objective("2026-Q3", "grow", Status.OnTrack, 0.7)]),
            Snapshot(After, [Objective("2026-Q4", "grow", Status.OnTrack, 0.7)]));

        Assert.Equal("2026-Q4/grow", Assert.Single(comparison.NewObjectives).Key);
        Assert.Equal("2026-Q3/grow", Assert.Single(comparison.RemovedObjectives).Key);
        Assert.Empty(comparison.Objectives);
        Assert.Empty(comparison.NewKeyResults);
    }

    [Fact]
    public void Kpis_moving_into_and_out_of_warning_or_critical_are_counted_by_where_they_went()
    {
        var comparison = ComparisonRule.Compare(
            Snapshot(Before, [], Kpi("a", KpiHealth.Healthy, 10), Kpi("b", KpiHealth.Warning, 5), Kpi("c", KpiHealth.Critical, 1), Kpi("d", KpiHealth.Healthy), Kpi("e", KpiHealth.Warning)),
            Snapshot(After, [], Kpi("a", KpiHealth.Warning, 8), Kpi("b", KpiHealth.Critical, 2), Kpi("c", KpiHealth.Healthy, 9), Kpi("d", KpiHealth.Healthy), Kpi("e", KpiHealth.NoData)));

        Assert.Equal(["a", "b", "c", "e"], comparison.Kpis.Select(k => k.Id));
        Assert.Equal(1, comparison.KpisIntoWarning);
        Assert.Equal(1, comparison.KpisIntoCritical);
        Assert.Equal(2, comparison.KpisOutOfAttention);
        var a = comparison.Kpis[0];
        Assert.Equal((10.0, 8.0), (a.LatestFrom!.Value.Value, a.LatestTo!.Value.Value));
    }

    [Fact]
    public void Every_list_is_sorted_by_key_ordinally_whatever_the_input_order()
    {
        var before = Snapshot(Before, [Objective("2026", "b", Status.AtRisk, 0.1), Objective("2026-Q4", "a", Status.AtRisk, 0.1), Objective("2026-Q4", "B", Status.AtRisk, 0.1)]);
        var after = Snapshot(After, [Objective("2026-Q4", "B", Status.OnTrack, 0.9), Objective("2026", "b", Status.OnTrack, 0.9), Objective("2026-Q4", "a", Status.OnTrack, 0.9)]);

        // Ordinal: '-' (0x2D) sorts before '/' (0x2F), and 'B' before 'a'.
        Assert.Equal(["2026-Q4/B", "2026-Q4/a", "2026/b"], ComparisonRule.Compare(before, after).Objectives.Select(o => o.Key));
    }
}
