using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
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
                _format.WithUnit(x.Kr.Baseline, x.Kr.Unit),
                _format.WithUnit(x.Kr.Target, x.Kr.Unit),
                _format.WithUnit(x.Kr.Current, x.Kr.Unit),
                _format.Score(x.Kr.Score),
                StatusBadge(x.Kr)) { HasValue = OriginText.HasValue(x.Kr) });
        var view = new KpiView(
            k.Id,
            k.Name,
            Link(SitePaths.KpiUrl(k.Id)),
            k.Unit,
            _text.Get(k.Direction == Direction.Higher ? "kpis.higher" : "kpis.lower"),
            k.Indicator is { } i ? _text.Get($"kpis.indicator.{Names.Of(i)}") : null,
            k.Frequency is { } f ? _text.Get($"kpis.frequency.{Names.Of(f)}") : null,
            k.Owner,
            k.DataSource,
            k.Team is { } t && _teams.TryGetValue(t, out var team) ? TeamLink(team) : null,
            _format.WithUnit(k.Target, k.Unit),
            _format.WithUnit(k.Green, k.Unit),
            _format.WithUnit(k.Red, k.Unit),
            _format.WithUnit(k.Latest?.Value, k.Unit),
            _format.Date(k.Latest?.Date),
            Badges.For(k.Health, _text),
            k.Stale,
            k.Stale ? _text.Get("kpis.stale-text", k.AgeDays, _text.Get($"kpis.frequency.{Names.Of(k.Frequency!.Value)}")) : string.Empty,
            ChartOrFile(_charts.GetValueOrDefault(SitePaths.KpiChart(k)), k.Series.Points, k),
            [.. k.Series.Points.Where(p => !string.IsNullOrEmpty(p.Note)).Reverse().Select(p => new DataRow(_format.Date(p.Date), _format.WithUnit(p.Value, k.Unit), p.Note))],
            [.. tracking],
            _markdown.Render(k.Body.Text),
            k.Previous is { } previous ? _format.WithUnit(previous.Value, k.Unit) : null,
            _format.Date(k.Previous?.Date),
            k.Change is { } change ? _format.Change(change, k.Unit) : null,
            k.ToTarget is { } toTarget ? _format.Change(toTarget, k.Unit) : null) { HasData = k.Latest is not null, LatestSource = OriginText.Of(k.LatestOrigin), Data = KpiDataFile.Has(k) ? new DataFileView(SitePaths.FileUrl(SitePaths.KpiData(k.Id)), k.Series.Points.Length) : null };
        view = WithProgress(k, view);
        view = WithCarriedForward(k, view);
        _kpiViews[id] = view;
        return view;
    }

    public IReadOnlyList<KpiView> Kpis() => [.. _report.Kpis.OrderBy(k => k.Name, StringComparer.Ordinal).Select(k => KpiRow(k.Id))];

    /// <summary>
    /// A KPI as a row of a KPI list (the KPIs page, a dashboard's attention table, a team's KPIs): its view without
    /// what only its own page shows, the chart, the notes, the key results that track it, the text and the story
    /// across periods. A list page is found in the cache by the views it holds: with the key results in each row,
    /// editing any objective whose key result tracks a KPI rendered every period's dashboard, the KPIs page and the
    /// teams' pages again, though none of them shows it. One instance per KPI, so its hash is made once per build.
    /// </summary>
    public KpiView KpiRow(string id) => _kpiRows.GetOrAdd(id, static (id, views) => AsRow(views.Kpi(id)), this);

    private static KpiView AsRow(KpiView view) => view with { Chart = null, Notes = [], KeyResults = [], Body = RawHtml.Empty, CarriedForward = null };

    /// <summary>
    /// The change since the previous value in words that say whether it helped (the arrow gives the way the value
    /// went, the word whether that is good for this KPI), the gap to the target, the sparkline for lists, and which
    /// facts the KPI has (a fact without a value is not printed).
    /// </summary>
    private KpiView WithProgress(Kpi k, KpiView view) => view with
    {
        ChangeArrow = k.Change switch { > 0 => "↑", < 0 => "↓", 0 => "→", _ => null },
        Movement = k.Movement is { } m ? Names.Of(m) : null,
        MovementLabel = k.Movement is { } movement ? _text.Get($"kpis.movement.{Names.Of(movement)}") : null,
        TargetGap = k.TargetGap switch
        {
            null => null,
            0 => _text.Get("kpis.on-target", _format.WithUnit(k.Target, k.Unit)),
            var gap => _text.Get(
                (gap > 0) == (k.Direction == Direction.Higher) ? "kpis.below-target" : "kpis.above-target",
                _format.WithUnit(Math.Abs(gap.Value), k.Unit),
                _format.WithUnit(k.Target, k.Unit)),
        },
        TargetMet = k.TargetMet,
        HasTarget = k.Target is not null,
        HasGreen = k.Green is not null,
        HasRed = k.Red is not null,
        Sparkline = k.Series.IsEmpty
            ? RawHtml.Empty
            : new SparklineHtml(k.Series, null, k.Health, _text.Get(
                "kpis.sparkline",
                k.Name,
                _format.WithUnit(k.Series.Points[0].Value, k.Unit),
                _format.Date(k.Series.Points[0].Date),
                _format.WithUnit(k.Series.Points[^1].Value, k.Unit),
                _format.Date(k.Series.Points[^1].Date))),
    };

    /// <summary>
    /// A KPI's row as it stood on an ended period's last day (<see cref="KpiAsOf"/>): its change and movement then,
    /// and its sparkline up to that day, so that a closed quarter's list never shows what happened after it.
    /// </summary>
    private KpiView ProgressAt(Kpi k, KpiAsOf then, KpiView view)
    {
        var points = k.Series.Until(then.AsOf);
        return view with
        {
            Change = then.Change is { } change ? _format.Change(change, k.Unit) : null,
            Previous = then.Previous is { } previous ? _format.WithUnit(previous.Value, k.Unit) : null,
            PreviousDate = _format.Date(then.Previous?.Date),
            ChangeArrow = then.Change switch { > 0 => "↑", < 0 => "↓", 0 => "→", _ => null },
            Movement = then.Movement is { } m ? Names.Of(m) : null,
            MovementLabel = then.Movement is { } movement ? _text.Get($"kpis.movement.{Names.Of(movement)}") : null,
            Sparkline = points.Length == 0
                ? RawHtml.Empty
                : new SparklineHtml(k.Series, then.AsOf, then.Health, _text.Get(
                    "kpis.sparkline",
                    k.Name,
                    _format.WithUnit(points[0].Value, k.Unit),
                    _format.Date(points[0].Date),
                    _format.WithUnit(points[^1].Value, k.Unit),
                    _format.Date(points[^1].Date))),
        };
    }
}
