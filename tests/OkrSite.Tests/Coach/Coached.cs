using System.Collections.Immutable;
using OkrSite.Core.Coach;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Tests.Coach;

/// <summary>Reports made by hand for the coach's checks: only what a check reads is set, the rest is neutral.</summary>
internal static class Coached
{
    public static readonly DateOnly AsOf = new(2026, 11, 16); // the sample's: 2026-Q3 has ended, 2026-Q4 runs

    public static KeyResult Metric(string id, string? kpi = null, double? score = 0.5) =>
        new(id, $"KR {id}", KeyResultType.Metric, kpi, null, 0, ValueSource.Explicit, 10, 5, ValueSource.Explicit, null, 1, false, score, score, false, Status.OnTrack, new SourceSpan("o.md", 7, 5)) { Kpi = kpi };

    public static KeyResult Milestone(string id, double? score = 0.5) =>
        new(id, $"KR {id}", KeyResultType.Milestone, null, null, null, ValueSource.None, null, null, ValueSource.None, null, 1, false, score, score, false, Status.OnTrack, new SourceSpan("o.md", 9, 5));

    public static Objective Objective(string id, string period = "2026-Q4", string? team = null, string? title = null, double? score = 0.5, string[]? alignsTo = null, params KeyResult[] keyResults) =>
        new(id, title ?? $"Objective {id}", Period.Parse(period), team, null, [.. alignsTo ?? []], [], score, 0.5, Status.OnTrack,
            keyResults.Length == 0 ? [Metric("kr1"), Metric("kr2")] : [.. keyResults], MarkdownText.Empty, new SourceSpan($"content/okrs/{period}/{id}.md", 1, 1));

    public static Kpi Kpi(
        string id,
        string? team = null,
        KpiHealth health = KpiHealth.Healthy,
        Indicator? indicator = null,
        Direction direction = Direction.Higher,
        double? previous = null,
        double? latest = null,
        ImmutableArray<string> linked = default,
        bool complete = true) =>
        new(id, $"KPI {id}", complete ? "%" : null, direction, indicator, complete ? Frequency.Monthly : null, complete ? "Ann" : null, complete ? "CRM" : null, team, null,
            complete ? 80 : null, complete ? 60 : null, latest is { } l ? new DataPoint(new DateOnly(2026, 11, 1), l) : null, health, false,
            linked.IsDefault ? [] : linked, new Series(id, []), MarkdownText.Empty, new SourceSpan($"content/kpis/{id}.md", 1, 1))
        {
            Previous = previous is { } p ? new DataPoint(new DateOnly(2026, 10, 1), p) : null,
        };

    public static Team Team(string id, string? parent = null) =>
        new(id, $"Team {id}", parent, [], [], [], MarkdownText.Empty, new SourceSpan($"content/teams/{id}.md", 1, 1));

    /// <summary>A report of these; each team's objectives and KPIs are filled in from their <c>team</c>, as compute does.</summary>
    public static Report Report(IEnumerable<Objective> objectives, IEnumerable<Kpi>? kpis = null, IEnumerable<Team>? teams = null, CoachOptions? options = null, string language = "en", DateOnly? asOf = null)
    {
        var o = objectives.ToImmutableArray();
        var k = (kpis ?? []).ToImmutableArray();
        var t = (teams ?? []).Select(team => team with
        {
            Objectives = [.. o.Where(x => x.Team == team.Id).Select(x => x.Key).Order(StringComparer.Ordinal)],
            Kpis = [.. k.Where(x => x.Team == team.Id).Select(x => x.Id).Order(StringComparer.Ordinal)],
        }).ToImmutableArray();
        var config = SiteConfig.Default("Test") with { Language = language, Coach = options ?? CoachOptions.Default };
        return new Report(config, asOf ?? AsOf, Period.Parse("2026-Q4"), o, k, t, null, []);
    }

    /// <summary>The findings of one check, run on its own.</summary>
    public static IReadOnlyList<CoachFinding> Run(CoachCheck check, Report report) => [.. check.Run(new CoachContext(report))];

    /// <summary>The codes the whole stage reports (switches applied), in order.</summary>
    public static IReadOnlyList<string> Codes(Report report) => [.. OkrCoach.Run(report).Findings.Select(f => f.Code)];
}
