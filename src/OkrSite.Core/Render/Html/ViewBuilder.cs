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

    /// <summary>
    /// The alignment page nests lists this deep at most; deeper objectives are listed at this depth with their level
    /// (aria-level and as text). Browsers stop nesting elements at a few hundred levels, and each level indents.
    /// </summary>
    public const int MaxNesting = 16;

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
        _attention = new Lazy<IReadOnlyList<KpiView>>(() => [.. report.Attention.Select(k => Kpi(k.Id))]);
    }

    /// <summary>
    /// Builds the view of every objective, KPI and team at once, on all cores: their Markdown bodies are most of the
    /// cost of the views, and the pages and lists that show them afterwards only read what is built. Optional:
    /// without it each view is built when first asked for.
    /// </summary>
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
        Format.Date(_report.AsOf),
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
            Format.Score(o.Score),
            Format.Percent(o.Score),
            Format.Score(o.Expected),
            Format.Percent(o.Expected),
            Format.Badge(o.Status),
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

    public KpiView Kpi(string id)
    {
        if (_kpiViews.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var k = _kpis[id];
        var tracking = k.LinkedKeyResults
            .Select(ObjectiveKey.SplitKeyResult)
            .Where(p => _objectives.ContainsKey(p.Objective))
            .Select(p => (Objective: _objectives[p.Objective], Kr: _keyResults[p]))
            .OrderByDescending(x => x.Objective.Period)
            .ThenBy(x => x.Objective.Id, StringComparer.Ordinal)
            .Select(x => new TrackingKeyResultView(
                ObjectiveLink(x.Objective),
                x.Objective.Period.ToString(),
                x.Kr.Title,
                Format.WithUnit(x.Kr.Baseline, x.Kr.Unit),
                Format.WithUnit(x.Kr.Target, x.Kr.Unit),
                Format.WithUnit(x.Kr.Current, x.Kr.Unit),
                Format.Score(x.Kr.Score),
                StatusBadge(x.Kr)) { HasValue = OriginText.HasValue(x.Kr) });
        var view = new KpiView(
            k.Id,
            k.Name,
            Link(SitePaths.KpiUrl(k.Id)),
            k.Unit,
            k.Direction == Direction.Higher ? "Higher is better" : "Lower is better",
            k.Indicator is { } i ? Format.Sentence(Names.Of(i)) : null,
            k.Frequency is { } f ? Format.Sentence(Names.Of(f)) : null,
            k.Owner,
            k.DataSource,
            k.Team is { } t && _teams.TryGetValue(t, out var team) ? TeamLink(team) : null,
            Format.WithUnit(k.Target, k.Unit),
            Format.WithUnit(k.Green, k.Unit),
            Format.WithUnit(k.Red, k.Unit),
            Format.WithUnit(k.Latest?.Value, k.Unit),
            Format.Date(k.Latest?.Date),
            Format.Badge(k.Health),
            k.Stale,
            k.Stale ? $"Stale: the latest value is {k.AgeDays} days old, more than a {Names.Of(k.Frequency!.Value)} KPI allows" : string.Empty,
            _charts.GetValueOrDefault(SitePaths.KpiChart(k)),
            [.. k.Series.Points.Where(p => !string.IsNullOrEmpty(p.Note)).Reverse().Select(p => new DataRow(Format.Date(p.Date), Format.WithUnit(p.Value, k.Unit), p.Note))],
            [.. tracking],
            _markdown.Render(k.Body.Text),
            k.Previous is { } previous ? Format.WithUnit(previous.Value, k.Unit) : null,
            Format.Date(k.Previous?.Date),
            k.Change is { } change ? Format.Change(change, k.Unit) : null,
            k.ToTarget is { } toTarget ? Format.Change(toTarget, k.Unit) : null) { HasData = k.Latest is not null, LatestSource = OriginText.Of(k.LatestOrigin) };
        view = WithCarriedForward(k, view);
        _kpiViews[id] = view;
        return view;
    }

    /// <summary>The front page prose (content/index.md), rendered with the same Markdown rules as every body.</summary>
    public RawHtml Intro() => _report.Index is { } index ? _markdown.Render(index.Body.Text) : RawHtml.Empty;

    public DashboardView Dashboard(Period period, RawHtml intro)
    {
        var summary = _summaries[period];
        var groups = _byPeriod[period]
            .GroupBy(o => o.Team ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
            .ThenBy(g => g.Key.Length == 0 ? string.Empty : _teams.GetValueOrDefault(g.Key)?.Name ?? g.Key, StringComparer.Ordinal)
            .Select(g => g.Key.Length == 0 || !_teams.TryGetValue(g.Key, out var team)
                ? new TeamGroupView("Company", null, [.. g.Select(o => Objective(o.Key))])
                : new TeamGroupView(team.Name, TeamLink(team), [.. g.Select(o => Objective(o.Key))]))
            .ToList();
        var enclosing = period.Enclosing()
            .OrderDescending()
            .SelectMany(p => _byPeriod[p])
            .Select(o => Objective(o.Key))
            .ToList();
        return AsOfPeriodEnd(summary, new DashboardView(
            period.ToString(),
            period == _report.Period,
            Format.Score(summary.Score),
            Format.Percent(summary.Score),
            Format.Badge(summary.Status),
            Format.Score(summary.Expected),
            Format.Percent(summary.Expected),
            summary.ObjectiveCount,
            Counts(summary.Objectives),
            groups,
            enclosing,
            Attention(),
            intro,
            summary.KeyResultCount,
            Counts(summary.KeyResults),
            [.. summary.NeedsAttention.Select(o => Objective(o.Key))],
            Neighbour(period, -1),
            Neighbour(period, +1)) { Coach = CoachPanel(period), Frozen = Frozen(period) });
    }

    /// <summary>The statuses that occur, best first, with their counts.</summary>
    private static IReadOnlyList<StatusCount> Counts(StatusCounts counts) =>
        [.. StatusCounts.BestFirst.Where(s => counts[s] > 0).Select(s => new StatusCount(Format.Badge(s), counts[s]))];

    /// <summary>The period next to <paramref name="period"/> in the latest-first list: -1 is newer, +1 older.</summary>
    private LinkView? Neighbour(Period period, int step) =>
        _periodIndex.TryGetValue(period, out var i) && i + step >= 0 && i + step < _periods.Length
            ? new LinkView(_periods[i + step].ToString(), Link(SitePaths.PeriodUrl(_periods[i + step])))
            : null;

    /// <summary>Critical KPIs first, then warnings, then stale ones, each by name (the Report's order).</summary>
    public IReadOnlyList<KpiView> Attention() => _attention.Value;

    public TeamView Team(string id)
    {
        if (_teamViews.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var t = _teams[id];
        var view = new TeamView(
            t.Id,
            t.Name,
            Link(SitePaths.TeamUrl(t.Id)),
            t.Parent is { } p && _teams.TryGetValue(p, out var parent) ? TeamLink(parent) : null,
            [.. t.Children.Where(_teams.ContainsKey).Select(c => TeamLink(_teams[c]))],
            [.. t.Objectives.Select(o => _objectives[o]).GroupBy(o => o.Period).OrderByDescending(g => g.Key)
                .Select(g => new PeriodGroupView(g.Key.ToString(), [.. g.OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => Objective(o.Key))]))],
            [.. t.Kpis.Select(Kpi)],
            _markdown.Render(t.Body.Text),
            [.. t.Rollups.Select(r => new RollupView(r.Period.ToString(), r.ObjectiveCount, Format.Score(r.Score), Format.Percent(r.Score), StatusBadge(r), RollupCounts(r)))]) { Coach = TeamCoachPanel(t.Id) };
        _teamViews[id] = view;
        return view;
    }

    /// <summary>
    /// The objectives from the top down, as rows in page order: roots are objectives that align to nothing, latest
    /// period first, children by id. Each objective is shown in full once, where the walk first reaches it, and as a
    /// reference under its other parents, so a lattice of objectives aligned to several parents stays linear in
    /// objectives and links. The walk keeps its own stack: a chain of 100,000 objectives must not overflow the thread's.
    /// </summary>
    public IReadOnlyList<AlignmentRow> Alignment()
    {
        var rows = new List<(Objective Objective, int Level, bool Reference)>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(Objective Objective, int Level)>();
        foreach (var root in _report.Objectives.Where(o => !o.AlignsTo.Any(_objectives.ContainsKey)))
        {
            stack.Push((root, 1));
            while (stack.TryPop(out var item))
            {
                if (!shown.Add(item.Objective.Key))
                {
                    rows.Add((item.Objective, item.Level, true));
                    continue;
                }

                rows.Add((item.Objective, item.Level, false));
                var children = item.Objective.Children;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    if (_objectives.TryGetValue(children[i], out var child))
                    {
                        stack.Push((child, item.Level + 1));
                    }
                }
            }
        }

        var result = new List<AlignmentRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var nesting = Math.Min(rows[i].Level, MaxNesting);
            var next = i + 1 < rows.Count ? Math.Min(rows[i + 1].Level, MaxNesting) : 1;
            var opens = next > nesting;
            result.Add(new AlignmentRow(Objective(rows[i].Objective.Key), rows[i].Level, rows[i].Reference, opens, opens ? 0 : nesting - next));
        }

        return result;
    }

    public IReadOnlyList<KpiView> Kpis() => [.. _report.Kpis.OrderBy(k => k.Name, StringComparer.Ordinal).Select(k => Kpi(k.Id))];

    public IReadOnlyList<TeamView> Teams() => [.. _report.Teams.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => Team(t.Id))];

    private KeyResultView KeyResult(Objective o, KeyResult kr)
    {
        var milestone = kr.Type == KeyResultType.Milestone;
        var note = kr.CurrentSource switch
        {
            ValueSource.Data => $"on {Format.Date(kr.CurrentDate)}",
            ValueSource.Explicit => "as reported",
            _ => string.Empty,
        };
        return new KeyResultView(
            kr.Id,
            kr.Title,
            milestone,
            milestone ? string.Empty : Format.WithUnit(kr.Baseline, kr.Unit),
            milestone ? (kr.Done ? "Done" : $"{Format.Percent(kr.Progress ?? 0)}% done") : Format.WithUnit(kr.Current, kr.Unit),
            note,
            milestone ? "Done" : Format.WithUnit(kr.Target, kr.Unit),
            Format.Number(kr.Weight),
            Format.Score(kr.Score),
            Format.Percent(kr.Score),
            Format.Badge(kr.Status),
            kr.ManualScore,
            kr.Kpi is { } id && _kpis.TryGetValue(id, out var kpi) ? KpiLink(kpi) : null,
            _charts.GetValueOrDefault(SitePaths.KeyResultChart(o, kr)))
        {
            HasValue = OriginText.HasValue(kr),
            BaselineSource = OriginText.Of(kr.BaselineOrigin),
            CurrentSource = OriginText.Of(kr.CurrentOrigin),
            ScoreSource = OriginText.Of(kr.ScoreOrigin),
            BaselineSourceLabel = OriginText.Label(kr.BaselineOrigin),
            CurrentSourceLabel = OriginText.Label(kr.CurrentOrigin),
            ScoreSourceLabel = OriginText.Label(kr.ScoreOrigin),
            CheckIns = CheckInRows(kr),
            Confidence = Confidence(kr.Confidence, kr.ConfidenceChange),
            Overdue = Overdue(kr),
        };
    }

    private LinkView ObjectiveLink(Objective o) => new(o.Title, Link(SitePaths.ObjectiveUrl(o)), StatusBadge(o), o.Period.ToString());

    private LinkView KpiLink(Kpi k) => new(k.Name, Link(SitePaths.KpiUrl(k.Id)), Format.Badge(k.Health));

    private LinkView TeamLink(Team t) => new(t.Name, Link(SitePaths.TeamUrl(t.Id)));
}
