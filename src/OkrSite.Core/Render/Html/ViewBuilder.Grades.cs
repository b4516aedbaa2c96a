using System.Collections.Concurrent;
using System.Collections.Immutable;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    // "✔" is the one symbol for done: an objective achieved, like a completed milestone.
    public Badge VerdictBadge(Verdict verdict) => verdict switch
    {
        Verdict.Achieved => new("achieved", _text.Get("grades.achieved"), Badges.Done, "good"),
        Verdict.PartlyAchieved => new("partly-achieved", _text.Get("grades.partly-achieved"), "◐", "warn"),
        Verdict.Missed => new("missed", _text.Get("grades.missed"), Badges.OffTrack, "bad"),
        _ => new("no-data", _text.Get("status.no-data"), Badges.NoData, "neutral"),
    };

    /// <summary>The final verdict once the period has ended, else the status.</summary>
    private Badge StatusBadge(Objective o) => o.Verdict is { } v ? VerdictBadge(v) : Badges.For(o.Status, _text);

    private Badge StatusBadge(KeyResult kr) => kr.Verdict is { } v ? VerdictBadge(v) : Badges.For(kr.Status, _text);

    private Badge StatusBadge(TeamRollup r) => r.Verdict is { } v ? VerdictBadge(v) : Badges.For(r.Status, _text);

    /// <summary>A roll-up's objectives counted by verdict once its period has ended, else by status.</summary>
    private IReadOnlyList<StatusCount> RollupCounts(TeamRollup r) =>
        r.Verdict is null ? Counts(r.Objectives) : [.. Counts(r.ObjectiveVerdicts).Select(c => new StatusCount(c.Verdict, c.Count))];

    private IReadOnlyList<VerdictCountView> Counts(VerdictCounts counts) =>
        [.. VerdictCounts.BestFirst.Where(v => counts[v] > 0).Select(v => new VerdictCountView(VerdictBadge(v), counts[v]))];

    /// <summary>
    /// The objective's view as its period's end reads: verdicts instead of statuses (its own and its key results'),
    /// its KPIs' health on the period's last day, and the team's objectives in the periods around its own.
    /// </summary>
    private ObjectiveView Graded(Objective o, ObjectiveView view)
    {
        var grade = new ObjectiveGradeView(
            _text.Get(o.Kind == ObjectiveKind.Committed ? "grades.committed" : "grades.aspirational"),
            o.Kind == ObjectiveKind.Committed,
            o.Final,
            _format.Date(o.Period.End),
            o.Enclosing.All(k => _objectives.TryGetValue(k, out var e) && e.Period.Kind == PeriodKind.Year) ? _text.Get("grades.this-year") : _text.Get("grades.this-year-and-half"),
            o.Period.Kind != PeriodKind.Year ? _text.Get("grades.half-quarters")
                : o.Nested.All(k => _objectives.TryGetValue(k, out var n) && n.Period.Kind == PeriodKind.Quarter) ? _text.Get("grades.year-quarters")
                : _text.Get("grades.year-halves-quarters"),
            [.. o.Enclosing.Where(_objectives.ContainsKey).Select(k => ObjectiveLink(_objectives[k]))],
            [.. o.Nested.Where(_objectives.ContainsKey).Select(k => ObjectiveLink(_objectives[k]))]);
        if (!o.Final)
        {
            return view with { Grade = grade };
        }

        var atEnd = _summaries.TryGetValue(o.Period, out var summary) ? KpisAtEnd(summary) : null;
        return view with
        {
            Grade = grade,
            Status = StatusBadge(o),
            KeyResults = [.. view.KeyResults.Zip(o.KeyResults, (v, kr) => v with { Status = StatusBadge(kr) })],
            Kpis = atEnd is null ? view.Kpis : [.. o.KeyResults.Select(k => k.Kpi is { } id && _kpis.TryGetValue(id, out var kpi) ? kpi : null)
                .OfType<Kpi>().DistinctBy(k => k.Id).OrderBy(k => k.Id, StringComparer.Ordinal)
                .Select(k => KpiLink(k) with { Badge = atEnd.TryGetValue(k.Id, out var then) ? Badges.For(then.Health, _text) : Badges.For(k.Health, _text) })],
        };
    }

    private readonly ConcurrentDictionary<Period, IReadOnlyDictionary<string, KpiAsOf>> _kpisAtEnd = new();

    // Looked up by period, never searched per page: a site can have 10,000 periods.
    private ILookup<Period, Evaluation>? _evaluations;

    private IReadOnlyDictionary<string, KpiAsOf> KpisAtEnd(PeriodSummary summary) =>
        _kpisAtEnd.GetOrAdd(summary.Period, _ => summary.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal));

    /// <summary>A KPI's row as it stood on the period's last day: its value, date, health and staleness then.</summary>
    private KpiView KpiAt(string id, KpiAsOf then)
    {
        var k = _kpis[id];
        return ProgressAt(k, then, KpiRow(id) with
        {
            Latest = _format.WithUnit(then.Latest?.Value, k.Unit),
            LatestDate = _format.Date(then.Latest?.Date),
            Health = Badges.For(then.Health, _text),
            Stale = then.Stale,
            HasData = then.Latest is not null,
            LatestSource = OriginText.Of(then.LatestOrigin, _text),
        });
    }

    /// <summary>An ended period's dashboard: final, its headline and counts as verdicts, its KPIs as of its last day.</summary>
    private DashboardView AsOfPeriodEnd(PeriodSummary summary, DashboardView view)
    {
        if (!summary.Final)
        {
            return view;
        }

        var atEnd = KpisAtEnd(summary);
        var keyResults = _byPeriod[summary.Period].SelectMany(o => o.KeyResults).Select(k => k.Verdict);
        return view with
        {
            Status = summary.Verdict is { } v ? VerdictBadge(v) : view.Status,
            Counts = [.. Counts(summary.ObjectiveVerdicts).Select(c => new StatusCount(c.Verdict, c.Count))],
            KeyResultCounts = [.. Counts(VerdictCounts.Of(keyResults)).Select(c => new StatusCount(c.Verdict, c.Count))],
            Attention = [.. summary.KpiAttention.Select(id => KpiAt(id, atEnd[id]))],
            // A reporting period without objectives (--period 2026-Q2) has no evaluation page to link.
            Final = new PeriodEndView(_format.Date(summary.Period.End), summary.ObjectiveCount > 0 ? Link(SitePaths.EvaluationUrl(summary.Period)) : null),
        };
    }

    /// <summary>The periods index links the evaluation of every ended period.</summary>
    private PeriodRowView WithEvaluation(Period period, PeriodRowView row) =>
        _summaries.TryGetValue(period, out var s) && s.Final ? row with { EvaluationUrl = Link(SitePaths.EvaluationUrl(period)) } : row;

    /// <summary>The evaluation page of <paramref name="period"/>, an ended period with objectives.</summary>
    public EvaluationView Evaluation(Period period)
    {
        var evaluations = LazyInitializer.EnsureInitialized(ref _evaluations, () => _report.Evaluations.ToLookup(e => e.Period))[period].ToList();
        var overall = evaluations.Single(e => e.Team is null);
        return new EvaluationView(
            period.ToString(),
            Link(SitePaths.PeriodUrl(period)),
            _format.Date(period.End),
            Group(overall),
            [.. evaluations.Where(e => e.Team is not null).Select(Group)]);
    }

    private EvaluationGroupView Group(Evaluation e)
    {
        var team = e.Team is { } id && _teams.TryGetValue(id, out var t) ? t : null;
        var objectives = e.Objectives.Where(_objectives.ContainsKey).Select(k => _objectives[k]).ToList();
        var bands = e.KeyResultBands;
        var total = bands.Total;
        GradeBandView Band(string key, string label, int count, string tone) =>
            new(key, label, count, total == 0 ? 0 : _format.Percent((double)count / total), tone);
        return new EvaluationGroupView(
            team?.Name ?? e.Team ?? _text.Get("grades.overall"),
            team is null ? null : TeamLink(team),
            _format.Score(e.Score),
            _format.Percent(e.Score),
            VerdictBadge(e.Verdict),
            Counts(e.Verdicts),
            [.. objectives.Select(o => new GradedObjectiveView(
                ObjectiveLink(o),
                _text.Get(o.Kind == ObjectiveKind.Committed ? "grades.committed" : "grades.aspirational"),
                o.Team is { } ot && _teams.TryGetValue(ot, out var owner) ? TeamLink(owner) : null,
                _format.Score(o.Score),
                _format.Percent(o.Score),
                StatusBadge(o)))],
            total,
            [
                Band("low", _text.Get("grades.band-range", _format.Score(0), _format.Score(0.3)), bands.Low, "bad"),
                Band("middle", _text.Get("grades.band-range", _format.Score(0.3), _format.Score(0.7)), bands.Middle, "warn"),
                Band("high", _text.Get("grades.band-range", _format.Score(0.7), _format.Score(1)), bands.High, "good"),
                Band("full", _format.Score(1), bands.Full, "good"),
                .. bands.NoScore > 0 ? [Band("no-score", _text.Get("grades.no-grade"), bands.NoScore, "neutral")] : ImmutableArray<GradeBandView>.Empty,
            ],
            [.. e.CommittedMissed.Where(_objectives.ContainsKey).Select(k => ObjectiveLink(_objectives[k]))],
            [.. e.AllAtOne.Where(_objectives.ContainsKey).Select(k => ObjectiveLink(_objectives[k]))]);
    }

    /// <summary>
    /// The KPI's story across periods once key results in two periods or more track it: each period's baseline →
    /// target and where it got ("reached" once the period has ended, "so far" while it runs), towards the KPI's target.
    /// </summary>
    private KpiView WithCarriedForward(Kpi k, KpiView view)
    {
        if (k.CarriedForward.Select(c => c.Period).Distinct().Count() < 2)
        {
            return view;
        }

        var carried = k.CarriedForward.Where(c => _objectives.ContainsKey(c.Objective)).ToList();
        var rows = carried
            .Select(c => new CarriedRowView(
                c.Period.ToString(),
                ObjectiveLink(_objectives[c.Objective]),
                _format.WithUnit(c.Baseline, k.Unit),
                _format.WithUnit(c.Target, k.Unit),
                _format.WithUnit(c.Result, k.Unit),
                _text.Get(c.Verdict is null ? "grades.so-far" : "grades.reached"),
                _format.Score(c.Score),
                c.Verdict is { } v ? VerdictBadge(v) : Badges.For(c.Status, _text)))
            .ToList();
        var steps = string.Join(", ", carried.GroupBy(c => c.Period).Select(g => Step(k, g.Key, [.. g])));
        var summary = k.Target is { } target ? _text.Get("grades.steps-towards", steps, _format.WithUnit(target, k.Unit)) : _text.Get("grades.steps", steps);
        return view with { CarriedForward = new CarriedForwardView(rows, _format.WithUnit(k.Target, k.Unit), summary) };
    }

    /// <summary>
    /// One period of the story: its key result's baseline → target, or, when several key results of the period track
    /// the KPI, the range of their baselines and of their targets and how many there are (each is a row below), so the
    /// sentence stays one step per period however many key results a period sets.
    /// </summary>
    private string Step(Kpi k, Period period, IReadOnlyList<CarriedKeyResult> krs)
    {
        var over = period.Kind == PeriodKind.Year;
        if (krs.Count == 1)
        {
            return _text.Get(over ? "grades.step-over" : "grades.step-in", _format.WithUnit(krs[0].Baseline, k.Unit), _format.WithUnit(krs[0].Target, k.Unit), period.ToString());
        }

        return _text.Get(over ? "grades.step-over-many" : "grades.step-in-many", krs.Count, Range(k, krs.Select(c => c.Baseline)), Range(k, krs.Select(c => c.Target)), period.ToString());
    }

    /// <summary>One value when all are the same, else lowest to highest ("2.96 s to 3.55 s"); a missing value reads as the formatter writes none.</summary>
    private string Range(Kpi k, IEnumerable<double?> values)
    {
        var known = values.OfType<double>().Distinct().Order().ToList();
        return known.Count switch
        {
            0 => _format.WithUnit(null, k.Unit),
            1 => _format.WithUnit(known[0], k.Unit),
            _ => _text.Get("grades.band-range", _format.WithUnit(known[0], k.Unit), _format.WithUnit(known[^1], k.Unit)),
        };
    }
}
