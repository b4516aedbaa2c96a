using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

/// <summary>The KPI checks: structure (OKR0509), KPIs per team (OKR0510), red without an objective (OKR0511), sudden change (OKR0512).</summary>
public class KpiCheckTests
{
    [Fact]
    public void A_kpi_missing_its_structure_is_one_finding_listing_what_is_missing()
    {
        var bare = Kpi("visits", complete: false);

        var finding = Assert.Single(Run(new KpiStructureCheck(), Report([], [bare, Kpi("complete")])));

        Assert.StartsWith("KPI 'KPI visits' has no unit, frequency, owner, source, green/red thresholds: ", finding.Message, StringComparison.Ordinal);
        Assert.Equal(FindingSubject.Kpi, finding.Kind);
    }

    [Fact]
    public void One_threshold_is_a_threshold()
    {
        var redOnly = Kpi("brand") with { Green = null };
        var neither = Kpi("brand") with { Green = null, Red = null };

        Assert.Empty(KpiStructureCheck.Missing(redOnly));
        Assert.Equal(["green/red thresholds"], KpiStructureCheck.Missing(neither));
        Assert.Equal(["unit"], KpiStructureCheck.Missing(Kpi("x") with { Unit = " " }));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void A_team_with_more_than_ten_kpis(int count, bool flagged)
    {
        var kpis = Enumerable.Range(1, count).Select(i => Kpi($"k{i:00}", team: "web"));

        Assert.Equal(flagged, Run(new KpisPerTeamCheck(), Report([], kpis, [Team("web")])).Count == 1);
    }

    [Fact]
    public void A_red_kpi_that_no_open_periods_key_result_tracks()
    {
        var closed = Objective("q3", "2026-Q3", keyResults: [Metric("kr1", "churn"), Metric("kr2")]);
        var open = Objective("q4", "2026-Q4", keyResults: [Metric("kr1", "churn"), Metric("kr2")]);
        var next = Objective("q1", "2027-Q1", keyResults: [Metric("kr1", "churn"), Metric("kr2")]);

        Assert.Single(Run(new RedKpiCheck(), Report([closed], [Kpi("churn", health: KpiHealth.Critical, linked: ["2026-Q3/q3/kr1"])])));
        Assert.Empty(Run(new RedKpiCheck(), Report([closed, open], [Kpi("churn", health: KpiHealth.Critical, linked: ["2026-Q3/q3/kr1", "2026-Q4/q4/kr1"])])));
        Assert.Empty(Run(new RedKpiCheck(), Report([next], [Kpi("churn", health: KpiHealth.Critical, linked: ["2027-Q1/q1/kr1"])])));
        Assert.Empty(Run(new RedKpiCheck(), Report([], [Kpi("churn", health: KpiHealth.Warning)]))); // only red counts
    }

    [Theory]
    [InlineData(Direction.Higher, 100, 79, true)] // −21 %: beyond 20 % the bad way
    [InlineData(Direction.Higher, 100, 80, false)] // −20 % exactly is not beyond
    [InlineData(Direction.Higher, 100, 150, false)] // +50 % is the good way
    [InlineData(Direction.Lower, 10, 12.5, true)] // +25 % for lower-is-better
    [InlineData(Direction.Lower, 10, 5, false)]
    [InlineData(Direction.Higher, -10, -13, true)] // relative to |previous|: −30 %
    [InlineData(Direction.Higher, 0, -5, false)] // no relative change from 0
    public void A_sudden_change_the_bad_way(Direction direction, double previous, double latest, bool flagged)
    {
        var findings = Run(new SuddenChangeCheck(), Report([], [Kpi("k", direction: direction, previous: previous, latest: latest)]));

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Fact]
    public void The_change_message_says_how_much_and_between_which_values()
    {
        var finding = Assert.Single(Run(new SuddenChangeCheck(), Report([], [Kpi("k", previous: 200, latest: 150)])));

        Assert.StartsWith("KPI 'KPI k' fell by 25 % from 200 (2026-10-01) to 150 (2026-11-01), more than the 20 % alert", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alert_threshold_comes_from_site_json()
    {
        var report = Report([], [Kpi("k", previous: 100, latest: 90)], options: CoachOptions.Default with { AlertChange = 0.05 });

        Assert.Single(Run(new SuddenChangeCheck(), report));
    }

    [Fact]
    public void Relative_change_is_rounded_and_undefined_from_zero()
    {
        Assert.Equal(-0.2, SuddenChangeCheck.RelativeChange(100, 80));
        Assert.Equal(0.333333333333, SuddenChangeCheck.RelativeChange(3, 4)); // Figures.Round: 12 significant digits
        Assert.Null(SuddenChangeCheck.RelativeChange(0, 4));
    }
}
