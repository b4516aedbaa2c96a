using System.Collections.Immutable;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>
/// The compute stage: from validated definitions and data to the immutable <see cref="Report"/>.
/// Everything is sorted ordinally so the same input always yields the same report.
/// </summary>
internal static partial class ReportBuilder
{
    /// <param name="frozen">The archives of frozen periods, whose objectives show the archived figures (<see cref="FrozenOverlay"/>).</param>
    public static Report Build(SiteConfig config, ContentSet content, DataSet data, DateOnly asOf, Period period, ImmutableArray<PeriodArchive> frozen = default)
    {
        var kpiDefinitions = content.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);

        // Validate resolved every aligns_to to an objective's key.
        var children = content.Objectives
            .SelectMany(o => o.AlignsTo.Select(a => (Parent: a.Value, Child: o.Key)))
            .GroupBy(x => x.Parent, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Child).Distinct().Order(ObjectiveKey.IdOrder).ToImmutableArray(), StringComparer.Ordinal);

        var objectives = content.Objectives
            .Select(o => Objective(o, children.GetValueOrDefault(o.Key, []), asOf, data, kpiDefinitions, config.Scoring))
            .OrderByDescending(o => o.Period)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        objectives = WithCheckIns(objectives, config.CheckIns, asOf);
        objectives = FrozenOverlay.Apply(objectives, frozen);
        objectives = CarriedForward.Linked(objectives);

        var trackedBy = objectives
            .SelectMany(o => o.KeyResults.Where(k => k.Metric is not null).Select(k => (Metric: DataSet.Key(k.Metric!), Ref: ObjectiveKey.OfKeyResult(o.Key, k.Id))))
            .GroupBy(x => x.Metric, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Ref).Order(ObjectiveKey.IdOrder).ToImmutableArray(), StringComparer.Ordinal);

        var kpis = content.Kpis
            .Select(k => Kpi(k, data, asOf, trackedBy.GetValueOrDefault(DataSet.Key(k.Id), [])))
            .OrderBy(k => k.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        kpis = CarriedForward.Of(kpis, objectives);

        // Looked up by team, not searched per team: a site can have 100,000 teams.
        var subTeams = content.Teams.Where(t => t.Parent is not null).ToLookup(t => t.Parent!.Value.Value, t => t.Id, StringComparer.Ordinal);
        var teamObjectives = objectives.Where(o => o.Team is not null).ToLookup(o => o.Team!, o => o.Key, StringComparer.Ordinal);
        var teamKpis = kpis.Where(k => k.Team is not null).ToLookup(k => k.Team!, k => k.Id, StringComparer.Ordinal);
        var rollups = TeamRollups.Of([.. content.Teams.Select(t => (t.Id, t.Parent?.Value))], objectives, asOf, config.Scoring);
        var teams = content.Teams
            .Select(t => Team(t, subTeams[t.Id], teamObjectives[t.Id], teamKpis[t.Id]) with { Rollups = rollups.GetValueOrDefault(t.Id, []) })
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        (objectives, kpis, teams) = CoachSwitches(content, objectives, kpis, teams);

        return new Report(config, asOf, period, objectives, kpis, teams, content.Index, [])
        {
            Summaries = AsOfTheirEnd(PeriodSummaries.All(objectives, period, asOf, config.Scoring, DashboardOrder.CompanyTeam(teams)), objectives, kpis, data, asOf, config.Scoring),
            Attention = PeriodSummaries.KpiAttention(kpis),
            Evaluations = Evaluations.Of(objectives, config.Scoring),
        };
    }

    private static Objective Objective(ObjectiveDefinition o, ImmutableArray<string> children, DateOnly asOf, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis, ScoringOptions scoring)
    {
        var expected = ExpectedProgress.At(o.Period, asOf);
        var keyResults = o.KeyResults
            .Select(kr => Metric(KeyResultCalculator.Compute(kr, o.Period, asOf, data, kpis, scoring, o.Kind), o.Period, expected, asOf, data, kpis))
            .ToImmutableArray();
        var score = Scoring.WeightedMean(keyResults.Select(k => (k.Score, k.Weight)));
        return new Objective(
            o.Id,
            o.Title,
            o.Period,
            o.Team?.Value,
            o.Owner,
            [.. o.AlignsTo.Select(a => a.Value).Distinct().Order(ObjectiveKey.IdOrder)],
            children,
            score,
            expected,
            StatusRule.Of(score, o.Period, asOf, scoring, o.Kind),
            keyResults,
            o.Body,
            o.Source)
            .Graded(o.Kind, asOf, scoring);
    }

    /// <summary>A metric key result's plan by now, the KPI it tracks and the window of its metric's series that its chart shows.</summary>
    private static KeyResult Metric(KeyResult kr, Period period, double expected, DateOnly asOf, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis)
    {
        if (kr.Type != KeyResultType.Metric)
        {
            return kr;
        }

        var plan = Scoring.Plan(kr.Baseline, kr.Target, expected);
        if (kr.Metric is not { } metric)
        {
            return kr with { Plan = plan };
        }

        var key = DataSet.Key(metric);
        return kr with
        {
            Plan = plan,
            Kpi = kpis.ContainsKey(key) ? key : null,
            Window = data.Find(metric) is { IsEmpty: false } series ? series.Window(period.Start, asOf < period.End ? asOf : period.End) : null,
        };
    }

    private static Kpi Kpi(KpiDefinition k, DataSet data, DateOnly asOf, ImmutableArray<string> linked)
    {
        var series = data.Find(k.Id) is { } found
            ? found with { Metric = k.Id, Points = found.Until(asOf) }
            : new Series(k.Id, []);
        var latest = series.IsEmpty ? (DataPoint?)null : series.Points[^1];
        var previous = !series.IsEmpty && series.Points.Length >= 2 ? series.Points[^2] : (DataPoint?)null;
        return WithProgress(new Kpi(
            k.Id,
            k.Name,
            k.Unit,
            k.Direction,
            k.Indicator,
            k.Frequency,
            k.Owner,
            k.DataSource,
            k.Team?.Value,
            k.Target,
            k.Green,
            k.Red,
            latest,
            HealthRule.Of(k.Direction, k.Green, k.Red, latest?.Value),
            HealthRule.IsStale(k.Frequency, latest?.Date, asOf),
            linked,
            series,
            k.Body,
            k.Source)
        {
            LatestOrigin = latest is { } point ? new ValueOrigin(OriginKind.Csv, data.RowOf(point), k.Id, point.Date) : ValueOrigin.None,
            Previous = previous,
            Change = latest is { } l && previous is { } p ? Figures.Difference(l.Value, p.Value) : null,
            ToTarget = latest is { } v && k.Target is { } target ? Figures.Difference(target, v.Value) : null,
            AgeDays = latest is { } d ? asOf.DayNumber - d.Date.DayNumber : null,
        });
    }

    private static Team Team(TeamDefinition t, IEnumerable<string> children, IEnumerable<string> objectives, IEnumerable<string> kpis) => new(
        t.Id,
        t.Name,
        t.Parent?.Value,
        [.. children.Order(StringComparer.Ordinal)],
        [.. objectives.Order(ObjectiveKey.IdOrder)],
        [.. kpis.Order(StringComparer.Ordinal)],
        t.Body,
        t.Source);
}
