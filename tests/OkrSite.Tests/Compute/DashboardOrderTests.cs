using System.Collections.Immutable;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using static OkrSite.Tests.Compute.Made;

namespace OkrSite.Tests.Compute;

public class DashboardOrderTests
{
    private static readonly DateOnly MidNovember = new(2026, 11, 15);

    private static Objective O(string id, string period, Status status, string? team, string title, params string[] alignsTo) =>
        Objective(id, period, 0.5, status, team) with { Title = title, AlignsTo = [.. alignsTo] };

    // The year's objectives, which the quarter's align to: one the company's, one Customer Success's.
    private static readonly Objective CompanyGoal = O("top-product", "2026", Status.OnTrack, null, "Top product");
    private static readonly Objective TeamGoal = O("keep-customers", "2026", Status.AtRisk, "cs", "Keep customers");

    private static readonly Objective[] Quarter =
    [
        O("web-on", "2026-Q4", Status.OnTrack, "web", "Faster pages", "2026/top-product"),
        O("web-off", "2026-Q4", Status.OffTrack, "web", "Relaunch", "2026/top-product"),
        O("cs-risk", "2026-Q4", Status.AtRisk, "cs", "Success plans", "2026/keep-customers"),
        O("both", "2026-Q4", Status.OnTrack, "product", "Effortless", "2026/keep-customers", "2026/top-product"),
        O("co-on", "2026-Q4", Status.OnTrack, null, "Hire well"),
        O("co-risk", "2026-Q4", Status.AtRisk, null, "Cash"),
        O("lone-none", "2026-Q4", Status.NoData, "web", "Blog"),
        O("lone-off", "2026-Q4", Status.OffTrack, "web", "Docs"),
        O("lone-start", "2026-Q4", Status.NotStarted, "web", "Events"),
    ];

    private static Dictionary<string, Objective> All(params IEnumerable<Objective>[] sets) =>
        sets.SelectMany(s => s).ToDictionary(o => o.Key, StringComparer.Ordinal);

    [Fact]
    public void Company_objectives_come_first_then_a_group_per_parent_then_the_unaligned_each_worst_first()
    {
        var groups = DashboardOrder.Groups(Quarter, All(Quarter, [CompanyGoal, TeamGoal]), companyTeam: null);

        Assert.Equal(
            [
                (ObjectiveGroupKind.Company, (string?)null, "2026-Q4/co-risk 2026-Q4/co-on", ""),
                // One off track: before the group without any. "both" aligns to both and is shown under the company's objective.
                (ObjectiveGroupKind.Aligned, "2026/top-product", "2026-Q4/web-off 2026-Q4/both 2026-Q4/web-on", ""),
                (ObjectiveGroupKind.Aligned, "2026/keep-customers", "2026-Q4/cs-risk", "2026-Q4/both"),
                (ObjectiveGroupKind.NotAligned, null, "2026-Q4/lone-off 2026-Q4/lone-start 2026-Q4/lone-none", ""),
            ],
            groups.Select(g => (g.Kind, g.Parent, string.Join(' ', g.Objectives), string.Join(' ', g.AlsoAligned))));
    }

    [Fact]
    public void Groups_as_much_in_need_of_attention_are_ordered_by_their_parents_title()
    {
        Objective[] quarter =
        [
            O("a", "2026-Q4", Status.AtRisk, "web", "A", "2026/top-product"),
            O("b", "2026-Q4", Status.AtRisk, "cs", "B", "2026/keep-customers"),
        ];

        var groups = DashboardOrder.Groups(quarter, All(quarter, [CompanyGoal, TeamGoal]), null);

        // "Keep customers" < "Top product"; each group has one at risk and none off track.
        Assert.Equal(["2026/keep-customers", "2026/top-product"], groups.Select(g => g.Parent));
    }

    [Fact]
    public void More_at_risk_puts_a_group_first_when_neither_has_one_off_track()
    {
        Objective[] quarter =
        [
            O("a", "2026-Q4", Status.AtRisk, "web", "A", "2026/top-product"),
            O("b", "2026-Q4", Status.AtRisk, "web", "B", "2026/top-product"),
            O("c", "2026-Q4", Status.AtRisk, "cs", "C", "2026/keep-customers"),
        ];

        var groups = DashboardOrder.Groups(quarter, All(quarter, [CompanyGoal, TeamGoal]), null);

        Assert.Equal(["2026/top-product", "2026/keep-customers"], groups.Select(g => g.Parent));
    }

    [Fact]
    public void Ties_within_a_group_go_by_title_then_by_key()
    {
        Objective[] quarter =
        [
            O("z", "2026-Q4", Status.OnTrack, null, "Alpha"),
            O("b", "2026-Q4", Status.OnTrack, null, "Beta"),
            O("a", "2026-Q4", Status.OnTrack, null, "Beta"),
        ];

        var group = Assert.Single(DashboardOrder.Groups(quarter, All(quarter), null));

        Assert.Equal(["2026-Q4/z", "2026-Q4/a", "2026-Q4/b"], group.Objectives.AsEnumerable());
    }

    [Fact]
    public void The_top_teams_objectives_are_the_companys()
    {
        Objective[] quarter = [O("co", "2026-Q4", Status.OnTrack, "acme", "Acme's"), O("team", "2026-Q4", Status.OnTrack, "web", "Web's")];

        var groups = DashboardOrder.Groups(quarter, All(quarter), companyTeam: "acme");

        Assert.Equal([ObjectiveGroupKind.Company, ObjectiveGroupKind.NotAligned], groups.Select(g => g.Kind));
        Assert.Equal(["2026-Q4/co"], groups[0].Objectives.AsEnumerable());
    }

    [Fact]
    public void The_company_team_is_the_one_top_level_team_with_sub_teams()
    {
        static Team T(string id, string? parent, params string[] children) => new(id, id, parent, [.. children], [], [], MarkdownText.Empty, SourceSpan.None);

        Assert.Equal("acme", DashboardOrder.CompanyTeam([T("acme", null, "web"), T("web", "acme")]));
        Assert.Null(DashboardOrder.CompanyTeam([T("acme", null, "web"), T("web", "acme"), T("sales", null)]));
        Assert.Null(DashboardOrder.CompanyTeam([T("web", null)]));
        Assert.Null(DashboardOrder.CompanyTeam([]));
    }

    [Fact]
    public void An_ended_period_orders_by_verdict_missed_partly_achieved_then_no_data()
    {
        Objective Graded(string id, Verdict verdict) => O(id, "2026-Q3", Status.OnTrack, null, id) with { Final = true, Verdict = verdict };
        Objective[] quarter = [Graded("a", Verdict.Achieved), Graded("b", Verdict.NoData), Graded("c", Verdict.PartlyAchieved), Graded("d", Verdict.Missed)];

        var group = Assert.Single(DashboardOrder.Groups(quarter, All(quarter), null));

        Assert.Equal(["2026-Q3/d", "2026-Q3/c", "2026-Q3/a", "2026-Q3/b"], group.Objectives.AsEnumerable());
    }

    [Fact]
    public void Behind_counts_at_risk_and_off_track_while_the_period_runs()
    {
        var summary = PeriodSummaries.Of(Period.Parse("2026-Q4"), Quarter, MidNovember, ScoringOptions.Default, All(Quarter, [CompanyGoal, TeamGoal]));

        // web-off, lone-off (off track), cs-risk, co-risk (at risk): 4 of 9.
        Assert.Equal(4, summary.Behind);
        Assert.Equal(9, summary.ObjectiveCount);
        Assert.Equal(4, summary.Groups.Length);
    }

    [Fact]
    public void Behind_counts_the_missed_once_the_period_has_ended()
    {
        // At risk while it ran, but graded: only the missed one is behind.
        Objective Graded(string id, Verdict verdict) => O(id, "2026-Q3", Status.AtRisk, null, id) with { Final = true, Verdict = verdict };
        var summary = PeriodSummaries.Of(Period.Parse("2026-Q3"), [Graded("a", Verdict.Missed), Graded("b", Verdict.PartlyAchieved)], MidNovember, ScoringOptions.Default);

        Assert.Equal(1, summary.Behind);
    }

    [Fact]
    public void A_period_without_objectives_has_no_groups()
    {
        var summary = PeriodSummaries.Of(Period.Parse("2027-Q1"), [], MidNovember, ScoringOptions.Default);

        Assert.Equal(0, summary.Behind);
        Assert.Equal(ImmutableArray<ObjectiveGroup>.Empty, summary.Groups);
    }
}
