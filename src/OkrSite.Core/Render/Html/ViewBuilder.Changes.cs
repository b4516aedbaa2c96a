using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>The views of the comparison with the previous report: the changes page and the dashboard's line.</summary>
internal sealed partial class ViewBuilder
{
    private ChangesSummaryView? ChangesSummary() => _report.Comparison is { } c
        ? new ChangesSummaryView(Link(SitePaths.ChangesUrl), _format.Date(c.Previous.AsOf), _format.IsoDate(c.Previous.AsOf), ComparisonMarkdown.Summary(c))
        : null;

    public ChangesView Changes()
    {
        var c = _report.Comparison ?? throw new InvalidOperationException("the report has no comparison, so it has no changes page");
        return new ChangesView(
            _format.Date(c.Previous.AsOf),
            _format.IsoDate(c.Previous.AsOf),
            c.Previous.Title,
            c.Previous.Period.ToString(),
            ComparisonMarkdown.Summary(c),
            c.HasChanges,
            [.. c.Objectives.Where(o => o.StatusChanged).Select(o => new StatusChangeRow(o.Title, ObjectiveUrl(o.Key), null, o.Period.ToString(), Badges.For(o.From, _text), Badges.For(o.To, _text), _format.Score(o.Score.To)))
                .Concat(c.KeyResults.Where(k => k.StatusChanged).Select(k => new StatusChangeRow(k.Title, ObjectiveUrl(k.ObjectiveKey), k.ObjectiveTitle, k.Period.ToString(), Badges.For(k.From, _text), Badges.For(k.To, _text), _format.Score(k.Score.To))))],
            [.. c.Objectives.Where(o => o.Score.Changed || o.Confidence.Changed).Select(o => new FigureChangeRow(
                    o.Title, ObjectiveUrl(o.Key), null, o.Period.ToString(), Figure(o.Score, _format.Score, "score"), Figure(o.Confidence, _format.Number, "confidence"), Figure(default, _format.Number, "value")))
                .Concat(c.KeyResults.Where(k => k.Score.Changed || k.Confidence.Changed || k.Current.Changed).Select(k => new FigureChangeRow(
                    k.Title, ObjectiveUrl(k.ObjectiveKey), k.ObjectiveTitle, k.Period.ToString(), Figure(k.Score, _format.Score, "score"), Figure(k.Confidence, _format.Number, "confidence"), Figure(k.Current, v => _format.WithUnit(v, k.Unit), "value"))))],
            [.. c.Kpis.Select(k => new KpiChangeRow(
                k.Name, _kpis.ContainsKey(k.Id) ? Link(SitePaths.KpiUrl(k.Id)) : null, Badges.For(k.From, _text), Badges.For(k.To, _text), _format.WithUnit(k.LatestFrom?.Value, k.Unit), _format.WithUnit(k.LatestTo?.Value, k.Unit)))],
            [.. c.NewObjectives.Select(o => Entry(o, ObjectiveUrl(o.Key)))],
            [.. c.RemovedObjectives.Select(o => Entry(o, null))],
            [.. c.NewKeyResults.Select(k => new ChangeEntryRow(k.Title, ObjectiveUrl(k.ObjectiveKey), k.ObjectiveTitle, k.Period.ToString(), null, Badges.For(k.Status, _text), _format.Score(k.Score)))],
            [.. c.RemovedKeyResults.Select(k => new ChangeEntryRow(k.Title, null, k.ObjectiveTitle, k.Period.ToString(), null, Badges.For(k.Status, _text), _format.Score(k.Score)))]);
    }

    private ChangeEntryRow Entry(ObjectiveEntry o, string? url) =>
        new(o.Title, url, null, o.Period.ToString(), o.Team is { } t && _teams.TryGetValue(t, out var team) ? team.Name : o.Team, Badges.For(o.Status, _text), _format.Score(o.Score));

    /// <summary>The page of an objective this report has; null for one only the previous report had.</summary>
    private string? ObjectiveUrl(string key) => _objectives.TryGetValue(key, out var o) ? Link(SitePaths.ObjectiveUrl(o)) : null;

    private static FigureView Figure(FigureChange change, Func<double?, string> format, string what) =>
        new(format(change.From), format(change.To), change.Changed, change.Delta is { } d ? Delta(d, format, what) : null);

    /// <summary>Up is better for a score or a confidence; for a value it depends on the metric, so a value's delta has no tone ("moved").</summary>
    private static DeltaView Delta(double delta, Func<double?, string> format, string what) => delta switch
    {
        > 0 => new DeltaView(ComparisonMarkdown.Signed(delta, format), $"{what} up {format(delta)}", what == "value" ? "moved" : "up"),
        < 0 => new DeltaView(ComparisonMarkdown.Signed(delta, format), $"{what} down {format(-delta)}", what == "value" ? "moved" : "down"),
        _ => new DeltaView(format(0), $"{what} unchanged", "none"),
    };
}
