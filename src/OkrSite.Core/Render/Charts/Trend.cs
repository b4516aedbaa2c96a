using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Charts;

/// <summary>The first half of a chart's alt text: where the values went from the first point to the last.</summary>
internal static class Trend
{
    /// <summary>
    /// "Churn fell from 4 to 3.5 between 2026-06-29 and 2026-08-03" (<paramref name="between"/>), or "Customer
    /// retention rose from 74.6 % on 2026-09-30 to 75.8 % on 2026-10-31"; "… was 4 on 2026-06-29" for one point,
    /// "… stayed at 4 …" when the values print the same.
    /// </summary>
    public static string Sentence(string name, DataPoint first, DataPoint last, string? unit, bool between)
    {
        var from = ChartText.Value(first.Value, unit);
        var to = ChartText.Value(last.Value, unit);
        string d1 = ChartText.Date(first.Date), d2 = ChartText.Date(last.Date);
        if (first.Date == last.Date)
        {
            return $"{name} was {to} on {d2}";
        }

        if (ChartText.SameNumber(first.Value, last.Value))
        {
            return between ? $"{name} stayed at {to} between {d1} and {d2}" : $"{name} stayed at {to} from {d1} to {d2}";
        }

        var verb = last.Value > first.Value ? "rose" : "fell";
        return between ? $"{name} {verb} from {from} to {to} between {d1} and {d2}" : $"{name} {verb} from {from} on {d1} to {to} on {d2}";
    }
}
