using System.Globalization;

namespace OkrSite.Core.Render.Charts;

/// <summary>
/// How a chart writes its numbers, dates and words: one place, so the axis, the labels, the alt text and the legend
/// agree with each other. <see cref="English"/> until the site's formatter and interface text are wired in.
/// </summary>
internal sealed class ChartFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> EnglishWords = new(StringComparer.Ordinal)
    {
        ["charts.no_data"] = "No data yet.",
        ["charts.target"] = "target {0}",
        ["charts.as_of"] = "as of {0}",
        ["charts.latest"] = "{0} · {1}",
        ["charts.zone.healthy_above"] = "healthy ≥ {0}",
        ["charts.zone.healthy_below"] = "healthy ≤ {0}",
        ["charts.zone.critical_above"] = "critical ≥ {0}",
        ["charts.zone.critical_below"] = "critical ≤ {0}",
        ["charts.legend.actual"] = "Actual values",
        ["charts.legend.plan"] = "Plan, baseline to target",
        ["charts.legend.target"] = "Target",
        ["charts.legend.healthy"] = "Healthy zone",
        ["charts.legend.critical"] = "Critical zone",
        ["charts.legend.latest"] = "Latest value",
        ["charts.legend.note"] = "Note (listed in the data below)",
        ["charts.legend.check_in"] = "Check-in",
        ["charts.legend.check_in_value"] = "Check-in with a value",
        ["charts.alt.was"] = "{0} was {1} on {2}",
        ["charts.alt.stayed"] = "{0} stayed at {1} from {2} to {3}",
        ["charts.alt.rose"] = "{0} rose from {1} on {2} to {3} on {4}",
        ["charts.alt.fell"] = "{0} fell from {1} on {2} to {3} on {4}",
        ["charts.alt.target"] = "target {0}",
        ["charts.alt.plan"] = "plan {0} by today",
        ["charts.alt.healthy_above"] = "healthy at or above {0}",
        ["charts.alt.healthy_below"] = "healthy at or below {0}",
        ["charts.alt.critical_above"] = "critical at or above {0}",
        ["charts.alt.critical_below"] = "critical at or below {0}",
        ["charts.alt.check_in"] = "1 check-in, on {0}",
        ["charts.alt.check_ins"] = "{0} check-ins, the latest on {1}",
        ["charts.alt.confidence"] = "confidence {0}/10",
        ["charts.alt.note"] = "note on {0}: {1}",
        ["charts.value"] = "The value",
    };

    private readonly Func<string, object?[], string> _words;

    private ChartFormat(Func<string, object?[], string> words) => _words = words;

    /// <summary>English, invariant numbers: "74.6 %", "31 Oct 2026".</summary>
    public static ChartFormat English { get; } = new((key, args) => string.Format(Invariant, EnglishWords[key], args));

    /// <summary>What changes the bytes of a chart with the same data: part of the cache key.</summary>
    public string Key => "en";

    /// <summary>An interface text by its key in the i18n files (section "# charts").</summary>
    public string Text(string key, params object?[] args) => _words(key, args);

    /// <summary>A value with its unit: "74.6 %", "58 clients".</summary>
    public string Value(double value, string? unit) => ChartText.Value(value, unit);

    /// <summary>A value axis tick: as many decimals as the spacing needs, always printable ASCII in English.</summary>
    public string Tick(double value) => ChartText.Tick(value);

    /// <summary>A full date for sentences: "31 Oct 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    /// <summary>A date on the axis or a label: "31 Oct".</summary>
    public string ShortDate(DateOnly date) => date.ToString("d MMM", Invariant);

    /// <summary>A month on the axis: "Oct".</summary>
    public string Month(DateOnly date) => date.ToString("MMM", Invariant);

    /// <summary>A year on the axis: "2027".</summary>
    public string Year(DateOnly date) => date.ToString("yyyy", Invariant);
}
