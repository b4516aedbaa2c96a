using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;
using static OkrSite.Tests.Support.FrozenQuarter;

namespace OkrSite.Tests.Validate;

public class ArchiveDriftTests
{
    private static readonly DateOnly FrozenOn = new(2026, 10, 2);

    private static ImmutableArray<Objective> Live(ContentSet content, DataSet data) => ReportBuilder.PeriodObjectives(SiteConfig.Default("t"), content, data, AsOf, Q3);

    /// <summary>The archive a freeze of the unedited quarter wrote.</summary>
    private static PeriodArchive Frozen() =>
        new(Q3, FrozenOn, AsOf, "1.0.0", "sha256:" + new string('0', 64), [.. Live(Content(), Data()).Select(FrozenArchive.Objective)]) { File = "content/archive/2026-Q3.json" };

    private static ImmutableArray<Drift> Compare(ContentSet content, DataSet? data = null) => ArchiveDrift.Compare(Frozen(), Live(content, data ?? Data()), content);

    [Fact]
    public void The_unedited_quarter_has_no_drift()
    {
        Assert.Empty(Compare(Content()));
    }

    [Fact]
    public void A_target_edited_after_the_freeze_is_target_drift_at_the_line_of_the_target_and_nothing_else()
    {
        var drift = Assert.Single(Compare(Content(Retention(keyResults: [Kr1(target: 76), Kr2()]), Next())));

        Assert.Equal(new Drift(DriftKind.Target, "2026-Q3/retention", "kr1", "target", "75", "76", new SourceSpan(ObjectiveFile, 8)), drift);
        Assert.Equal(
            "2026-Q3/retention kr1: target was 75 when frozen on 2026-10-02, is now 76 (target drift); the frozen target is shown. Revert the edit, or adopt it with 'okrsite freeze 2026-Q3 --force'",
            ArchiveDrift.Message(drift, Frozen()));
    }

    [Fact]
    public void A_weight_or_title_edit_is_named_as_such_and_the_score_it_moves_is_not_reported_twice()
    {
        var weight = Assert.Single(Compare(Content(Retention(keyResults: [Kr1(weight: 1), Kr2()]), Next())));
        var title = Assert.Single(Compare(Content(Retention("Keep more customers"), Next())));

        Assert.Equal((DriftKind.Weight, "2", "1", 9), (weight.Kind, weight.Frozen, weight.Now, weight.At.Line));
        Assert.Equal((DriftKind.Title, "Keep customers", "Keep more customers", (string?)null), (title.Kind, title.Frozen, title.Now, title.KeyResult));
        Assert.Contains("title was 'Keep customers' when frozen on 2026-10-02, is now 'Keep more customers' (title drift)", ArchiveDrift.Message(title, Frozen()));
    }

    [Fact]
    public void Data_that_changed_gives_figure_drift_of_the_current_value_and_the_score()
    {
        // A corrected September row: 75 instead of 74.5, so kr1 scores (75 − 73) / (75 − 73) = 1.
        var drift = Compare(Content(), Data(P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 75)));

        Assert.Equal(
            [("current", "74.5 (2026-09-30)", "75 (2026-09-30)"), ("score", "0.75", "1")],
            drift.Select(d => (d.Field, d.Frozen, d.Now)));
        Assert.All(drift, d => Assert.Equal(DriftKind.Figure, d.Kind));
        Assert.StartsWith("2026-Q3/retention kr1: current was 74.5 (2026-09-30) when frozen on 2026-10-02, the live data would now give 75 (2026-09-30)", ArchiveDrift.Message(drift[0], Frozen()));
    }

    [Fact]
    public void Key_results_and_objectives_added_or_removed_since_the_freeze_are_drift()
    {
        var extra = new KeyResultDefinition("kr3", new SourceSpan(ObjectiveFile, 14, 5), "New", KeyResultType.Milestone, null, null, null, null, null, 1, false, null, null);
        var added = Compare(Content(Retention(keyResults: [Kr1(), Kr2(), extra]), Next(), Retention() with { Id = "late" }));
        var removed = Compare(Content(Retention(keyResults: [Kr1()]), Next()));

        Assert.Equal([(DriftKind.Added, "2026-Q3/retention", "kr3"), (DriftKind.Added, "2026-Q3/late", null)], added.Select(d => (d.Kind, d.Objective, d.KeyResult)));
        Assert.Equal((DriftKind.Removed, "kr2", "Ship success plans"), (removed.Single().Kind, removed.Single().KeyResult, removed.Single().Frozen));
    }

    [Fact]
    public void An_objective_removed_since_the_freeze_is_drift_at_its_place_in_the_archive()
    {
        var archive = Frozen() with { Objectives = [.. Frozen().Objectives, Frozen().Objectives[0] with { Id = "gone", At = new SourceSpan("content/archive/2026-Q3.json", 60, 5) }] };

        var drift = Assert.Single(ArchiveDrift.Compare(archive, Live(Content(), Data()), Content()));

        Assert.Equal((DriftKind.Removed, "2026-Q3/gone", 60), (drift.Kind, drift.Objective, drift.At.Line));
    }

    [Fact]
    public void An_archive_of_a_period_without_objectives_is_not_shown_and_the_period_being_frozen_is_not_checked()
    {
        var diagnostics = new DiagnosticBag();
        var (shown, frozen) = ArchiveDrift.Check([Frozen()], SiteConfig.Default("t"), Content(Next()), Data(), null, diagnostics);

        Assert.Empty(shown);
        Assert.Empty(frozen);
        Assert.Equal("OKR0604", Assert.Single(diagnostics.ToSortedList()).Code);

        var refreezing = new DiagnosticBag();
        var edited = Content(Retention(keyResults: [Kr1(target: 76), Kr2()]), Next());
        Assert.Empty(ArchiveDrift.Check([Frozen()], SiteConfig.Default("t"), edited, Data(), Q3, refreezing).Shown);
        Assert.Empty(refreezing.ToSortedList());
    }

    [Fact]
    public void A_checked_archive_records_the_hash_of_the_live_inputs_beside_the_frozen_one()
    {
        var diagnostics = new DiagnosticBag();
        var content = Content();

        var frozen = Assert.Single(ArchiveDrift.Check([Frozen()], SiteConfig.Default("t"), content, Data(), null, diagnostics).Frozen);

        Assert.Equal(InputHash.Of(content.Objectives, Data(), content.Kpis.ToDictionary(k => k.Id), Q3, AsOf), frozen.InputHashNow);
        Assert.Equal(new string('0', 64), frozen.InputHash[7..]);
        Assert.Empty(frozen.Drift);
    }
}
