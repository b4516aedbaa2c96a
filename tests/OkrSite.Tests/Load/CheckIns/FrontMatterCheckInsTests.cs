using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.CheckIns;

public class FrontMatterCheckInsTests
{
    private const string File = "content/okrs/2026-Q4/relaunch.md";

    private static (ObjectiveDefinition? Objective, IReadOnlyList<Diagnostic> Diagnostics) Objective(string checkins) =>
        Diagnose.Run(bag => ContentParser.ParseObjective(File, $"""
            ---
            title: Relaunch
            key_results:
              - title: Re-share rate
                metric: social-reshare-rate
                target: 35
                checkins:
            {checkins}
            ---
            """, Period.Parse("2026-Q4"), bag));

    [Fact]
    public void Reads_each_check_in_with_its_line_as_its_origin()
    {
        var (objective, diagnostics) = Objective("""
                  - { date: 2026-10-05, confidence: 6 }
                  - { date: 2026-10-26, value: 26.3, confidence: medium, comment: "Stories re-shared twice as often" }
                  - date: 2026-11-09
                    value: 26.8
            """);

        Assert.Empty(diagnostics);
        var checkIns = objective!.KeyResults[0].CheckIns;
        Assert.Equal(3, checkIns.Length);
        Assert.Equal(new CheckIn(new DateOnly(2026, 10, 5), null, 6, null, new ValueOrigin(OriginKind.FrontMatter, new SourceSpan(File, 8), "checkins", new DateOnly(2026, 10, 5))), checkIns[0]);
        Assert.Equal((26.3, 5.0, "Stories re-shared twice as often"), (checkIns[1].Value!.Value, checkIns[1].Confidence!.Value, checkIns[1].Comment));
        Assert.Equal((26.8, (double?)null, 10), (checkIns[2].Value!.Value, checkIns[2].Confidence, checkIns[2].Origin.At.Line));
    }

    [Fact]
    public void A_confidence_outside_the_scale_is_an_error_at_its_value()
    {
        var (objective, diagnostics) = Objective("""
                  - { date: 2026-10-05, confidence: 12 }
                  - { date: 2026-10-12, confidence: 6 }
            """);

        var diagnostic = Diagnose.Single(diagnostics, Codes.CheckInBadConfidence);
        Assert.Equal((File, 8), (diagnostic.File, diagnostic.Line));
        Assert.Contains("'12' is outside the confidence scale 0 to 10", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal([new DateOnly(2026, 10, 12)], objective!.KeyResults[0].CheckIns.Select(c => c.Date));
    }

    [Fact]
    public void A_check_in_without_a_date_or_without_value_and_confidence_is_an_error()
    {
        var (_, diagnostics) = Objective("""
                  - { confidence: 6 }
                  - { date: 2026-10-12, comment: "nothing to say" }
            """);

        Assert.Equal([(8, Codes.CheckInIncomplete.Id), (9, Codes.CheckInIncomplete.Id)], diagnostics.Select(d => (d.Line, d.Code)));
    }

    [Fact]
    public void A_bad_date_or_value_is_reported_by_the_shared_field_reader_and_the_check_in_left_out()
    {
        var (objective, diagnostics) = Objective("""
                  - { date: 05.10.2026, confidence: 6 }
                  - { date: 2026-10-12, value: "74,1", confidence: 6 }
            """);

        Assert.Equal(2, diagnostics.Count(d => d.Code == Codes.WrongType.Id));
        Assert.Contains(diagnostics, d => d.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("write '74.1'", StringComparison.Ordinal));
        Assert.Empty(objective!.KeyResults[0].CheckIns);
    }

    [Fact]
    public void An_unknown_check_in_field_is_a_warning_with_did_you_mean()
    {
        var (_, diagnostics) = Objective("""
                  - { date: 2026-10-05, confidance: 6, value: 25 }
            """);

        var diagnostic = Diagnose.Single(diagnostics, Codes.UnknownField);
        Assert.Contains("did you mean 'confidence'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_in_values_stand_in_for_a_metric_as_the_source_of_a_current_value()
    {
        var (objective, diagnostics) = Diagnose.Run(bag => ContentParser.ParseObjective(File, """
            ---
            title: Relaunch
            key_results:
              - title: Partner count, counted by hand
                baseline: 0
                target: 10
                checkins:
                  - { date: 2026-10-05, value: 2, confidence: 6 }
            ---
            """, Period.Parse("2026-Q4"), bag));

        Assert.Empty(diagnostics);
        Assert.Single(objective!.KeyResults);
    }
}
