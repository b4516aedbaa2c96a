using OkrSite.Core.Coach;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach;

public class OkrCoachTests
{
    // One key result (OKR0501) and a title starting with "Keep" (OKR0505).
    private static Objective Twice(CoachSwitch? coach = null) =>
        Objective("churn", title: "Keep churn low", keyResults: [Metric("kr1")]) with { Coach = coach ?? CoachSwitch.On };

    private static CoachSwitch Off(params string[] names) => new(false, [.. names.Select((n, i) => new CoachSwitchEntry(n, new SourceSpan("content/okrs/2026-Q4/churn.md", 5, 9 + i)))]);

    [Fact]
    public void Runs_every_check_and_stamps_each_finding_with_its_code_name_and_title()
    {
        var result = OkrCoach.Run(Report([Twice()]));

        Assert.Equal(["OKR0501", "OKR0505"], result.Findings.Select(f => f.Code));
        Assert.Equal(["key-results", "business-as-usual"], result.Findings.Select(f => f.Check));
        Assert.Equal("Too few or too many key results", result.Findings[0].Title);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("OKR0505")]
    [InlineData("okr0505")]
    [InlineData("business-as-usual")]
    [InlineData(" Business-As-Usual ")]
    public void Site_json_switches_a_check_off_by_code_or_name(string name)
    {
        var options = CoachOptions.Default with { Off = [new CoachSwitchEntry(name, new SourceSpan("site.json", 3, 12))] };

        Assert.Equal(["OKR0501"], Codes(Report([Twice()], options: options)));
    }

    [Fact]
    public void All_switches_everything_off()
    {
        var options = CoachOptions.Default with { Off = [new CoachSwitchEntry("all", SourceSpan.None)] };

        Assert.Empty(Codes(Report([Twice()], options: options)));
        Assert.Empty(Codes(Report([Twice(CoachSwitch.AllChecksOff(SourceSpan.None))])));
    }

    [Fact]
    public void A_files_switch_silences_its_own_findings_only()
    {
        var silenced = Twice(Off("OKR0501"));
        var other = Objective("other", title: "Keep costs flat", keyResults: [Metric("kr1")]);

        var findings = OkrCoach.Run(Report([silenced, other])).Findings;

        Assert.Equal(
            [("2026-Q4/churn", "OKR0505"), ("2026-Q4/other", "OKR0501"), ("2026-Q4/other", "OKR0505")],
            findings.Select(f => (f.Subject, f.Code)));
    }

    [Fact]
    public void A_switch_naming_no_check_is_a_warning_with_did_you_mean_at_its_entry()
    {
        var result = OkrCoach.Run(Report([Twice(Off("busines-as-usual", "OKR0599"))], options: CoachOptions.Default with { Off = [new CoachSwitchEntry("lagging", new SourceSpan("site.json", 4, 14))] }));

        Assert.Equal(
            [
                "content/okrs/2026-Q4/churn.md(5,9): warning OKR0500: 'busines-as-usual' in coach: off is no check of the coach, so it switches nothing off; did you mean 'business-as-usual'?",
                "content/okrs/2026-Q4/churn.md(5,10): warning OKR0500: 'OKR0599' in coach: off is no check of the coach, so it switches nothing off; did you mean 'OKR0509'?",
                "site.json(4,14): warning OKR0500: 'lagging' in site.json coach.off is no check of the coach, so it switches nothing off",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(["OKR0501", "OKR0505"], result.Findings.Select(f => f.Code)); // nothing was switched off
    }

    [Fact]
    public void Findings_are_advice_under_warnings_as_errors_unless_coach_strict()
    {
        var result = OkrCoach.Run(Report([Twice(Off("nope"))]));

        var lenient = new DiagnosticBag(warningsAsErrors: true);
        OkrCoach.Report(result, CoachOptions.Default, lenient);
        var strict = new DiagnosticBag(warningsAsErrors: true);
        OkrCoach.Report(result, CoachOptions.Default with { Strict = true }, strict);

        // The unknown switch is a mistake in the input and follows --warnings-as-errors either way.
        Assert.Equal([("OKR0501", Severity.Warning), ("OKR0505", Severity.Warning), ("OKR0500", Severity.Error)], lenient.ToSortedList().Select(d => (d.Code, d.Severity)));
        Assert.All(strict.ToSortedList(), d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void The_warning_is_the_finding_at_its_subjects_line_naming_the_check()
    {
        var finding = OkrCoach.Run(Report([Twice()])).Findings[0];

        Assert.Equal(
            "content/okrs/2026-Q4/churn.md(1,1): warning OKR0501: objective 'Keep churn low' (2026-Q4/churn) has 1 key result, outside 2 to 5: one measure rarely shows that an objective is met: add a key result for another side of the outcome (coach check 'key-results')",
            OkrCoach.AsDiagnostic(finding).ToString());
    }

    [Fact]
    public void Every_check_has_a_coach_code_a_unique_name_and_a_title()
    {
        Assert.All(CoachCatalog.Checks, c =>
        {
            Assert.StartsWith("OKR05", c.Code.Id, StringComparison.Ordinal);
            Assert.Equal(Severity.Warning, c.Code.Severity);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", c.Name);
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
        });
        Assert.Equal(CoachCatalog.Checks.Length, CoachCatalog.Checks.Select(c => c.Name).Distinct().Count());
        Assert.Equal(CoachCatalog.Checks.Length, CoachCatalog.Checks.Select(c => c.Code.Id).Distinct().Count());
        Assert.Equal([.. CoachCatalog.Checks.Select(c => c.Code.Id).Order(StringComparer.Ordinal)], CoachCatalog.Checks.Select(c => c.Code.Id));
    }

    [Fact]
    public void Every_coach_code_but_the_switch_problem_is_a_check()
    {
        var coachCodes = Core.Diagnostics.Codes.All.Where(c => c.Id.StartsWith("OKR05", StringComparison.Ordinal) && c.Id != "OKR0500").Select(c => c.Id);

        Assert.Equal(coachCodes.Order(StringComparer.Ordinal), CoachCatalog.Checks.Select(c => c.Code.Id));
    }
}
