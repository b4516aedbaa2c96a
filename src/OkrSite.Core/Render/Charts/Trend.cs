using OkrSite.Core.Model;

namespace OkrSite.Core.Render.Charts;

/// <summary>The first half of a chart's alt text: where the values went from the first point to the last, at which dates.</summary>
internal static class Trend
{
    /// <summary>
    /// "Customer retention rose from 74.6 % on 30 Sep 2026 to 75.8 % on 31 Oct 2026"; "… was 4 on 29 Jun 2026" for
    /// one point, "… stayed at 4 from … to …" when the values print the same.
    /// </summary>
    public static string Sentence(string name, DataPoint first, DataPoint last, string? unit, ChartFormat format)
    {
        var from = format.Value(first.Value, unit);
        var to = format.Value(last.Value, unit);
        string d1 = format.Date(first.Date), d2 = format.Date(last.Date);
        if (first.Date == last.Date)
        {
            return format.Text("charts.alt.was", name, to, d2);
        }

        if (from == to)
        {
            return format.Text("charts.alt.stayed", name, to, d1, d2);
        }

        return format.Text(last.Value > first.Value ? "charts.alt.rose" : "charts.alt.fell", name, from, d1, to, d2);
    }
}
