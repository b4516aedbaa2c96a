using System.Globalization;
using OkrSite.Core.Model;

using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

/// <summary>How numbers, dates and statuses read on the pages: invariant culture, so every machine writes the same bytes.</summary>
internal static class Format
{
    public const string None = "—";

    public static string Number(double? value) =>
        value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : None;

    /// <summary>"75.8%" for percentages, "13,100 visits" otherwise.</summary>
    public static string WithUnit(double? value, string? unit)
    {
        if (value is null)
        {
            return None;
        }

        var number = Number(value);
        return string.IsNullOrWhiteSpace(unit) ? number : unit == "%" ? number + "%" : $"{number} {unit}";
    }

    /// <summary>A signed difference: "+1.2%", "-0.5 h", "0" (no sign), "—" when there is none.</summary>
    public static string Change(double? value, string? unit) =>
        value is > 0 ? "+" + WithUnit(value, unit) : WithUnit(value, unit);

    /// <summary>OKR grades read 0.00 to 1.00.</summary>
    public static string Score(double? score) =>
        score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>A share as a whole percentage for progress bars, 0 to 100.</summary>
    public static int Percent(double? share) =>
        share is { } s ? (int)Math.Round(Math.Clamp(s, 0, 1) * 100, MidpointRounding.AwayFromZero) : 0;

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : None;

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Badge Badge(Status status) => status switch
    {
        Status.OnTrack => new("on-track", "On track", "✔", "good"),
        Status.AtRisk => new("at-risk", "At risk", "▲", "warn"),
        Status.OffTrack => new("off-track", "Off track", "✖", "bad"),
        Status.NotStarted => new("not-started", "Not started", "◌", "neutral"),
        _ => new("no-data", "No data", "○", "neutral"),
    };

    public static Badge Badge(KpiHealth health) => health switch
    {
        KpiHealth.Healthy => new("healthy", "Healthy", "✔", "good"),
        KpiHealth.Warning => new("warning", "Warning", "▲", "warn"),
        KpiHealth.Critical => new("critical", "Critical", "✖", "bad"),
        KpiHealth.Unrated => new("unrated", "Unrated", "–", "neutral"),
        _ => new("no-data", "No data", "○", "neutral"),
    };

    public static string Sentence(string? text) => string.IsNullOrEmpty(text) ? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];
}
