using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Content;

/// <summary>The coach: switch of an objective, KPI or team file.</summary>
public class CoachSwitchTests
{
    private const string File = "content/okrs/2026-Q3/o.md";

    private static (CoachSwitch? Switch, IReadOnlyList<Diagnostic> Diagnostics) Objective(string coach) =>
        Diagnose.Run(bag => ContentParser.ParseObjective(File, $"---\ntitle: Grow\nperiod: 2026-Q3\n{coach}\nkey_results:\n  - title: a\n    done: true\n---\n", null, bag)?.Coach);

    [Theory]
    [InlineData("coach: off")]
    [InlineData("coach: false")]
    [InlineData("coach: Off")]
    public void Off_switches_every_check_off(string coach)
    {
        var (value, diagnostics) = Objective(coach);

        Assert.Empty(diagnostics);
        Assert.True(value!.AllOff);
    }

    [Theory]
    [InlineData("coach: on")]
    [InlineData("coach: true")]
    [InlineData("")]
    public void On_or_nothing_keeps_every_check(string coach) => Assert.Same(CoachSwitch.On, Objective(coach).Switch);

    [Fact]
    public void A_list_of_checks_is_kept_as_written_with_positions()
    {
        var (value, diagnostics) = Objective("coach: { off: [OKR0501, business-as-usual] }");

        Assert.Empty(diagnostics);
        Assert.False(value!.AllOff);
        Assert.Equal([("OKR0501", 4, 16), ("business-as-usual", 4, 25)], value.Off.Select(e => (e.Name, e.At.Line, e.At.Column)));
        Assert.Equal(["lagging-kpi"], Objective("coach:\n  off: lagging-kpi").Switch!.Off.Select(e => e.Name));
    }

    [Theory]
    [InlineData("coach: maybe", "OKR0104")]
    [InlineData("coach: [OKR0501]", "OKR0104")]
    [InlineData("coach: { of: [OKR0501] }", "OKR0103")]
    public void A_wrong_shape_is_reported_at_its_line(string coach, string code)
    {
        var (_, diagnostics) = Objective(coach);

        var d = Assert.Single(diagnostics);
        Assert.Equal((code, File, 4), (d.Code, d.File, d.Line));
    }

    [Fact]
    public void Kpis_and_teams_have_the_switch_too()
    {
        var (kpi, _) = Diagnose.Run(bag => ContentParser.ParseKpi("content/kpis/k.md", "---\nname: K\ncoach: off\n---\n", bag));
        var (team, _) = Diagnose.Run(bag => ContentParser.ParseTeam("content/teams/t.md", "---\nname: T\ncoach: { off: [kpis-per-team] }\n---\n", bag));

        Assert.True(kpi!.Coach.AllOff);
        Assert.Equal(["kpis-per-team"], team!.Coach.Off.Select(e => e.Name));
    }
}
