using OkrSite.Core.Model;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html.Views;

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
        view = WithProgress(k, view);
        view = WithCarriedForward(k, view);
        _kpiViews[id] = view;
        return view;
    }

    public IReadOnlyList<KpiView> Kpis() => [.. _report.Kpis.OrderBy(k => k.Name, StringComparer.Ordinal).Select(k => Kpi(k.Id))];

    /// <summary>
    /// The change since the previous value in words that say whether it helped (the arrow gives the way the value
    /// went, the word whether that is good for this KPI), the gap to the target, the sparkline for lists, and which
    /// facts the KPI has (a fact without a value is not printed).
    /// </summary>
    private static KpiView WithProgress(Kpi k, KpiView view) => view with
    {
        ChangeArrow = k.Change switch { > 0 => "↑", < 0 => "↓", 0 => "→", _ => null },
        Movement = k.Movement is { } m ? Names.Of(m) : null,
        MovementLabel = k.Movement switch
        {
            KpiMovement.Better => "better",
            KpiMovement.Worse => "worse",
            KpiMovement.Unchanged => "unchanged",
            _ => null,
        },
        TargetGap = k.TargetGap switch
        {
            null => null,
            0 => $"on the {Format.WithUnit(k.Target, k.Unit)} target",
            var gap => $"{Format.WithUnit(Math.Abs(gap.Value), k.Unit)} {((gap > 0) == (k.Direction == Direction.Higher) ? "below" : "above")} the {Format.WithUnit(k.Target, k.Unit)} target",
        },
        TargetMet = k.TargetMet,
        HasTarget = k.Target is not null,
        HasGreen = k.Green is not null,
        HasRed = k.Red is not null,
        Sparkline = k.Series.IsEmpty
            ? RawHtml.Empty
            : Sparkline.Html(k.Series.Points, k.Health, $"{k.Name}: {Format.WithUnit(k.Series.Points[0].Value, k.Unit)} on {Format.Date(k.Series.Points[0].Date)} to {Format.WithUnit(k.Series.Points[^1].Value, k.Unit)} on {Format.Date(k.Series.Points[^1].Date)}"),
    };
}
