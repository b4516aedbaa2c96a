using System.Collections.Concurrent;
using System.Collections.Immutable;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// Turns the computed report into the views templates read: numbers formatted, statuses as text, icon and tone,
/// links resolved to titles and root-relative URLs, Markdown rendered. Built once per build, read by every page.
/// </summary>
internal sealed partial class ViewBuilder
{
    /// <summary>The data table under a chart shows at most this many of the latest values; report.json has them all.</summary>
    public const int MaxTableRows = 366;

    private readonly Report _report;
    private readonly UiText _text;
    private readonly Formatter _format;
    private readonly MarkdownRenderer _markdown;
    private readonly IReadOnlyDictionary<string, ChartView> _charts;
    private readonly string? _favicon;
    private readonly Dictionary<string, Objective> _objectives; // by key: ids are unique per period only
    private readonly Dictionary<string, Kpi> _kpis;
    private readonly Dictionary<string, Team> _teams;
    private readonly ILookup<Period, Objective> _byPeriod;
    private readonly ImmutableArray<Period> _periods;
    private readonly Dictionary<Period, int> _periodIndex;
    private readonly Dictionary<(string Objective, string KeyResult), KeyResult> _keyResults;
    private readonly Dictionary<Period, PeriodSummary> _summaries;
    private readonly Lazy<IReadOnlyList<KpiView>> _attention;
    private readonly ConcurrentDictionary<string, ObjectiveView> _objectiveViews = new(StringComparer.Ordinal); // by key
    private readonly ConcurrentDictionary<string, KpiView> _kpiViews = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KpiView> _kpiRows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ObjectiveView> _objectiveCards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TeamView> _teamViews = new(StringComparer.Ordinal);

    /// <param name="charts">Chart views keyed by <see cref="SitePaths.KeyResultChart"/> and <see cref="SitePaths.KpiChart"/>.</param>
    /// <param name="favicon">The site's own favicon under static/ (its path in the output); null links the theme's default.</param>
    /// <param name="text">The interface text and formatting in the site's language; the tool's English when not given.</param>
    public ViewBuilder(Report report, MarkdownRenderer markdown, IReadOnlyDictionary<string, ChartView> charts, string? favicon = null, UiText? text = null)
    {
        _report = report;
        _text = text ?? UiText.English;
        _format = _text.Format;
        _favicon = favicon;
        _markdown = markdown;
        _charts = charts;
        _objectives = report.Objectives.ToDictionary(o => o.Key, StringComparer.Ordinal);
        _kpis = report.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        _teams = report.Teams.ToDictionary(t => t.Id, StringComparer.Ordinal);

        // Looked up, never searched per page or per link: a site can have 10,000 periods or 100,000 key results.
        _byPeriod = report.Objectives.ToLookup(o => o.Period);
        _periods = report.Periods;
        _periodIndex = _periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        _keyResults = report.Objectives.SelectMany(o => o.KeyResults.Select(k => (o, k))).ToDictionary(x => (x.o.Key, x.k.Id), x => x.k);
        _summaries = report.Summaries.ToDictionary(s => s.Period);
        _attention = new Lazy<IReadOnlyList<KpiView>>(() => [.. report.Attention.Select(k => KpiRow(k.Id))]);
    }

    /// <summary>
    /// Builds the view of every objective, KPI and team at once, on all cores: their Markdown bodies are most of the
    /// cost of the views, and the pages and lists that show them afterwards only read what is built. Optional:
    /// without it each view is built when first asked for.
    /// </summary>
    /// <summary>The interface text and formatting the views are built with: the site's language.</summary>
    public UiText Text => _text;

    public ViewBuilder Prepare()
    {
        Parallel.ForEach(_report.Objectives, o => Objective(o.Key));
        Parallel.ForEach(_report.Kpis, k => Kpi(k.Id));
        Parallel.ForEach(_report.Teams, t => Team(t.Id));
        return this;
    }

    public SiteView Site() => new(
        _report.Config.Title,
        _report.Config.Language,
        _format.Date(_report.AsOf),
        _report.Period.ToString(),
        [.. _periods.Select(p => new LinkView(p.ToString(), Link(SitePaths.PeriodUrl(p))))],
        "OkrSite",
        _periodIndex.ContainsKey(_report.Period) ? Link(SitePaths.PeriodUrl(_report.Period)) : null)
    {
        Links = _report.Config.Links,
        FaviconUrl = SitePaths.FileUrl(_favicon ?? SitePaths.DefaultFavicon),
        LogoUrl = _report.Config.Logo is { } logo ? SitePaths.FileUrl(logo) : null,
        Changes = ChangesSummary(),
    };

    /// <summary>A page's URL as pages link to it: its folder, or its index.html when site.json asks for links a file share can follow.</summary>
    private string Link(string url) => SitePaths.Link(url, _report.Config.Links);

    /// <summary>Every period that has objectives, latest first: the periods index.</summary>
    public IReadOnlyList<PeriodRowView> Periods() =>
        [.. _periods.Select(p => WithEvaluation(p, new PeriodRowView(p.ToString(), Link(SitePaths.PeriodUrl(p)), _summaries[p].ObjectiveCount, p == _report.Period)))];

    /// <param name="key">The objective's <see cref="Model.Objective.Key"/>.</param>
    public ObjectiveView Objective(string key)
    {
        if (_objectiveViews.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var o = _objectives[key];
        var view = new ObjectiveView(
            o.Id,
            o.Title,
            Link(SitePaths.ObjectiveUrl(o)),
            o.Period.ToString(),
            Link(SitePaths.PeriodUrl(o.Period)),
            o.Team is { } t && _teams.TryGetValue(t, out var team) ? TeamLink(team) : null,
            o.Owner,
            _format.Score(o.Score),
            _format.Percent(o.Score),
            _format.Score(o.Expected),
            _format.Percent(o.Expected),
            Badges.For(o.Status, _text),
            [.. o.KeyResults.Select(kr => KeyResult(o, kr))],
            [.. o.AlignsTo.Where(_objectives.ContainsKey).Select(a => ObjectiveLink(_objectives[a]))],
            [.. o.Children.Where(_objectives.ContainsKey).Select(c => ObjectiveLink(_objectives[c]))],
            [.. o.KeyResults.Select(k => k.Kpi is { } id && _kpis.TryGetValue(id, out var kpi) ? kpi : null)
                .OfType<Kpi>().DistinctBy(k => k.Id).OrderBy(k => k.Id, StringComparer.Ordinal).Select(KpiLink)],
            _markdown.Render(o.Body.Text)) { Frozen = Frozen(o) };
        view = view with { Confidence = Confidence(o.Confidence, o.ConfidenceChange), OverdueCheckIns = OverdueCount(o), HasCheckIns = o.KeyResults.Any(k => !k.CheckIns.IsEmpty || k.CheckInOverdue) };
        view = Graded(o, view);
        _objectiveViews[key] = view;
        return view;
    }

    /// <summary>
    /// An objective as a card or a row of a list (a dashboard's groups and their parents, the objectives of longer
    /// periods, a team's objectives, an alignment tree): its view without what only its own page shows, the
    /// objectives it aligns to and that align to it, its KPIs, its text and the team's objectives in the periods
    /// around it. A list page is found in the cache by the views it holds: with those links in each card, retitling
    /// one quarter's objective rendered every ended quarter's dashboard again, for the year objective they are
    /// grouped under, though none of them shows it. One instance per objective, so its hash is made once per build.
    /// </summary>
    public ObjectiveView ObjectiveCard(string key) => _objectiveCards.GetOrAdd(key, static (key, views) => AsCard(views.Objective(key)), this);

    private static ObjectiveView AsCard(ObjectiveView view) => view with
    {
        AlignsTo = [],
        Children = [],
        Kpis = [],
        Body = RawHtml.Empty,
        Grade = view.Grade with { Enclosing = [], Nested = [] },
    };

    /// <summary>Critical KPIs first, then warnings, then stale ones, each by name (the Report's order).</summary>
    public IReadOnlyList<KpiView> Attention() => _attention.Value;

    private KeyResultView KeyResult(Objective o, KeyResult kr)
    {
        var milestone = kr.Type == KeyResultType.Milestone;
        var note = kr.CurrentSource switch
        {
            ValueSource.Data => _text.Get("objective.value-on", _format.Date(kr.CurrentDate)),
            ValueSource.Explicit => _text.Get("objective.as-reported"),
            _ => string.Empty,
        };
        return new KeyResultView(
            kr.Id,
            kr.Title,
            milestone,
            milestone ? string.Empty : _format.WithUnit(kr.Baseline, kr.Unit),
            milestone ? (kr.Done ? _text.Get("objective.done") : _text.Get("objective.percent-done", _format.WithUnit(_format.Percent(kr.Progress ?? 0), "%"))) : _format.WithUnit(kr.Current, kr.Unit),
            note,
            milestone ? _text.Get("objective.done") : _format.WithUnit(kr.Target, kr.Unit),
            _format.Number(kr.Weight),
            _format.Score(kr.Score),
            _format.Percent(kr.Score),
            Badges.For(kr.Status, _text),
            kr.ManualScore,
            kr.Kpi is { } id && _kpis.TryGetValue(id, out var kpi) ? KpiLink(kpi) : null,
            ChartOrFile(kr, _charts.GetValueOrDefault(SitePaths.KeyResultChart(o, kr))))
        {
            HasValue = OriginText.HasValue(kr),
            BaselineSource = OriginText.Of(kr.BaselineOrigin, _text),
            CurrentSource = OriginText.Of(kr.CurrentOrigin, _text),
            ScoreSource = OriginText.Of(kr.ScoreOrigin, _text),
            BaselineSourceLabel = OriginText.Label(kr.BaselineOrigin, _text),
            CurrentSourceLabel = OriginText.Label(kr.CurrentOrigin, _text),
            ScoreSourceLabel = OriginText.Label(kr.ScoreOrigin, _text),
            CheckIns = CheckInRows(kr),
            Confidence = Confidence(kr.Confidence, kr.ConfidenceChange),
            Overdue = Overdue(kr),
        };
    }

    private LinkView ObjectiveLink(Objective o) => new(o.Title, Link(SitePaths.ObjectiveUrl(o)), StatusBadge(o), o.Period.ToString());

    private LinkView KpiLink(Kpi k) => new(k.Name, Link(SitePaths.KpiUrl(k.Id)), Format.Badge(k.Health));

    private LinkView TeamLink(Team t) => new(t.Name, Link(SitePaths.TeamUrl(t.Id)));
}
