using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

/// <summary>The check-in parts of the views: each key result's history, latest confidence and overdue flag, and the objective's confidence.</summary>
internal sealed partial class ViewBuilder
{
    /// <summary>A confidence of this or more reads as good: the "likely" end of the scale.</summary>
    private const double ConfidentFrom = 7;

    private IReadOnlyList<CheckInView> CheckInRows(KeyResult kr) =>
        [.. kr.CheckIns.Select(c => new CheckInView(
            Format.Date(c.Date),
            c.Value is null ? string.Empty : Format.WithUnit(c.Value, kr.Unit),
            c.Confidence is { } confidence ? Tenths(confidence) : string.Empty,
            c.Comment ?? string.Empty,
            OriginText.Of(c.Origin),
            OriginText.Label(c.Origin)))];

    private ConfidenceView? Confidence(double? confidence, double? change)
    {
        if (confidence is not { } c)
        {
            return null;
        }

        var text = Tenths(c);
        var (arrow, trend, spokenChange) = change switch
        {
            > 0 => ("▲", "up", $", up {Format.Number(change)}"),
            < 0 => ("▼", "down", $", down {Format.Number(-change)}"),
            0 => ("▬", "same", ", unchanged"),
            _ => (string.Empty, "none", string.Empty),
        };
        var tone = c <= _report.Config.CheckIns.LowConfidence ? "bad" : c >= ConfidentFrom ? "good" : "neutral";
        var shown = change is { } d && d != 0 ? Format.Number(Math.Abs(d)) : string.Empty;
        return new ConfidenceView(text, arrow, shown, $"confidence {text}{spokenChange}", tone, trend);
    }

    /// <summary>"no check-in for 12 days" (or "no check-in yet, 46 days into the period"); empty when not overdue.</summary>
    private static string Overdue(KeyResult kr)
    {
        if (!kr.CheckInOverdue || kr.DaysSinceCheckIn is not { } days)
        {
            return string.Empty;
        }

        var count = string.Create(CultureInfo.InvariantCulture, $"{days} {(days == 1 ? "day" : "days")}");
        return kr.CheckIns.IsEmpty ? $"no check-in yet, {count} into the period" : $"no check-in for {count}";
    }

    private static int OverdueCount(Objective o) => o.KeyResults.Count(k => k.CheckInOverdue);

    private static string Tenths(double confidence) => Format.Number(confidence) + "/10";
}
