using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>The check-in parts of the views: each key result's history, latest confidence and overdue flag, and the objective's confidence.</summary>
internal sealed partial class ViewBuilder
{
    /// <summary>A confidence of this or more reads as good: the "likely" end of the scale.</summary>
    private const double ConfidentFrom = 7;

    private IReadOnlyList<CheckInView> CheckInRows(KeyResult kr) =>
        [.. kr.CheckIns.Select(c => new CheckInView(
            _format.Date(c.Date),
            c.Value is null ? string.Empty : _format.WithUnit(c.Value, kr.Unit),
            c.Confidence is { } confidence ? Tenths(confidence) : string.Empty,
            c.Comment ?? string.Empty,
            OriginText.Of(c.Origin, _text),
            OriginText.Label(c.Origin, _text)))];

    private ConfidenceView? Confidence(double? confidence, double? change)
    {
        if (confidence is not { } c)
        {
            return null;
        }

        var text = Tenths(c);
        var (arrow, trend, spoken) = change switch
        {
            > 0 => ("▲", "up", _text.Get("checkins.spoken-up", text, _format.Number(change))),
            < 0 => ("▼", "down", _text.Get("checkins.spoken-down", text, _format.Number(-change))),
            0 => ("▬", "same", _text.Get("checkins.spoken-same", text)),
            _ => (string.Empty, "none", _text.Get("checkins.spoken", text)),
        };
        var tone = c <= _report.Config.CheckIns.LowConfidence ? "bad" : c >= ConfidentFrom ? "good" : "neutral";
        var shown = change is { } d && d != 0 ? _format.Number(Math.Abs(d)) : string.Empty;
        return new ConfidenceView(text, arrow, shown, spoken, tone, trend);
    }

    /// <summary>"no check-in for 12 days" (or "no check-in yet, 46 days into the period"); empty when not overdue.</summary>
    private string Overdue(KeyResult kr)
    {
        if (!kr.CheckInOverdue || kr.DaysSinceCheckIn is not { } days)
        {
            return string.Empty;
        }

        return _text.Get(kr.CheckIns.IsEmpty ? "checkins.overdue-never" : "checkins.overdue-for", days);
    }

    private static int OverdueCount(Objective o) => o.KeyResults.Count(k => k.CheckInOverdue);

    private string Tenths(double confidence) => _text.Get("checkins.out-of-ten", _format.Number(confidence));
}
