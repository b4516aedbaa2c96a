using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.CheckIns;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Validate;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Validate;

public class CheckInRulesTests
{
    private const string Csv = "content/checkins/q4.csv";

    private static KeyResultDefinition Kr(string id, KeyResultType type = KeyResultType.Metric, params CheckIn[] checkIns) =>
        new KeyResultDefinition(id, default, id, type, null, null, 10, 1, null, 1, false, null, null) { CheckIns = [.. checkIns] };

    private static ObjectiveDefinition Objective(string id, string period, params KeyResultDefinition[] keyResults) =>
        new(id, new SourceSpan($"content/okrs/{period}/{id}.md", 1, 1), id, Period.Parse(period), null, null, [], [.. keyResults], MarkdownText.Empty);

    private static CheckIn C(string date, double? value = null, double? confidence = 5, string file = Csv, int line = 2) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), value, confidence, null, new ValueOrigin(OriginKind.Csv, new SourceSpan(file, line), CheckIn.Field));

    private static CheckInRow Row(string objective, string kr, CheckIn checkIn) =>
        new(new Located<string>(objective, checkIn.Origin.At with { Column = 1 }), new Located<string>(kr, checkIn.Origin.At with { Column = 5 }), checkIn);

    private static readonly ContentSet Site = new(
        [],
        [],
        [
            Objective("web", "2026-Q4", Kr("kr1"), Kr("launch", KeyResultType.Milestone)),
            Objective("loyal", "2026-Q3", Kr("kr1")),
            Objective("loyal", "2026-Q4", Kr("kr1")),
        ],
        null);

    private static (ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics) Attach(ContentSet content, params CheckInRow[] rows) =>
        Diagnose.Run(bag => CheckInRules.Attach(content, [.. rows], bag));

    private static ImmutableArray<CheckIn> CheckIns(ContentSet content, string key, string kr) =>
        content.Objectives.Single(o => o.Key == key).KeyResults.Single(k => k.Id == kr).CheckIns;

    [Fact]
    public void Rows_go_to_the_key_result_they_name_by_id_or_period_and_id_oldest_first()
    {
        var (content, diagnostics) = Attach(Site, Row("web", "kr1", C("2026-11-09", line: 3)), Row("2026-Q4/web", "kr1", C("2026-10-05", line: 2)));

        Assert.Empty(diagnostics);
        Assert.Equal([new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 9)], CheckIns(content, "2026-Q4/web", "kr1").Select(c => c.Date));
    }

    [Fact]
    public void An_id_that_several_periods_use_is_the_one_whose_period_contains_the_date()
    {
        var (content, diagnostics) = Attach(Site, Row("loyal", "kr1", C("2026-08-03")), Row("loyal", "kr1", C("2026-11-02")));

        Assert.Empty(diagnostics);
        Assert.Single(CheckIns(content, "2026-Q3/loyal", "kr1"));
        Assert.Single(CheckIns(content, "2026-Q4/loyal", "kr1"));
    }

    [Fact]
    public void An_id_that_several_periods_use_and_the_date_does_not_decide_is_ambiguous()
    {
        var (_, diagnostics) = Attach(Site, Row("loyal", "kr1", C("2027-01-04")));

        var diagnostic = Diagnose.Single(diagnostics, Codes.CheckInAmbiguousObjective);
        Assert.Contains("'2026-Q3/loyal', '2026-Q4/loyal'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_objective_or_key_result_is_an_error_with_did_you_mean()
    {
        var (_, diagnostics) = Attach(Site, Row("wbe", "kr1", C("2026-10-05", line: 2)), Row("web", "luanch", C("2026-10-05", line: 3)));

        var objective = Diagnose.Single(diagnostics, Codes.CheckInUnknownObjective);
        Assert.Equal((Csv, 2, 1), (objective.File, objective.Line, objective.Column));
        Assert.Contains("did you mean 'web'?", objective.Message, StringComparison.Ordinal);
        var kr = Diagnose.Single(diagnostics, Codes.CheckInUnknownKeyResult);
        Assert.Equal((3, 5), (kr.Line, kr.Column));
        Assert.Contains("did you mean 'launch'?", kr.Message, StringComparison.Ordinal);
        Assert.Contains("its key results are 'kr1', 'launch'", kr.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_check_ins_on_one_date_from_the_csv_and_the_front_matter_are_an_error_naming_both()
    {
        var md = "content/okrs/2026-Q4/web.md";
        var content = Site with { Objectives = [Objective("web", "2026-Q4", Kr("kr1", KeyResultType.Metric, C("2026-10-05", file: md, line: 9)))] };

        var (_, diagnostics) = Attach(content, Row("web", "kr1", C("2026-10-05", line: 4)));

        var diagnostic = Diagnose.Single(diagnostics, Codes.CheckInDuplicate);
        // Of two on one date, the one whose file sorts later by path is reported, pointing at the other.
        Assert.Equal((md, 9), (diagnostic.File, diagnostic.Line));
        Assert.Contains($"already has a check-in on 2026-10-05 at {Csv} line 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_outside_its_period_is_ignored_with_a_warning()
    {
        var (content, diagnostics) = Attach(Site, Row("web", "kr1", C("2026-09-28")));

        var diagnostic = Diagnose.Single(diagnostics, Codes.CheckInOutsidePeriod);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("outside its period 2026-Q4 (2026-10-01 to 2026-12-31)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(CheckIns(content, "2026-Q4/web", "kr1"));
    }

    [Fact]
    public void A_value_on_a_milestone_is_dropped_with_a_warning_and_its_confidence_kept()
    {
        var (content, diagnostics) = Attach(Site, Row("web", "launch", C("2026-10-05", value: 50, confidence: 4)), Row("web", "launch", C("2026-10-12", value: 60, confidence: null, line: 3)));

        Assert.Equal(2, diagnostics.Count(d => d.Code == Codes.CheckInMilestoneValue.Id));
        var kept = Assert.Single(CheckIns(content, "2026-Q4/web", "launch"));
        Assert.Equal(((double?)null, 4.0), (kept.Value, kept.Confidence!.Value));
    }
}
