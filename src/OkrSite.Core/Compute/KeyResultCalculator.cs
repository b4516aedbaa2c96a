using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>Computes one key result: its baseline and current (written, or looked up in the data), score and status.</summary>
public static class KeyResultCalculator
{
    public static KeyResult Compute(KeyResultDefinition kr, Period period, DateOnly asOf, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis, ScoringOptions scoring, DiagnosticBag diagnostics)
    {
        var series = kr.Metric is { } metric ? data.Find(metric.Value) : null;
        var unit = kr.Unit ?? (kr.Metric is { } m && kpis.TryGetValue(m.Value, out var kpi) ? kpi.Unit : null);

        double? baseline = null, current = null, score;
        DateOnly? currentDate = null;
        var baselineSource = ValueSource.None;
        var currentSource = ValueSource.None;

        if (kr.Type == KeyResultType.Metric)
        {
            (baseline, baselineSource) = kr.Baseline is { } b
                ? (b, ValueSource.Explicit)
                : series?.LatestBefore(period.Start) is { } before ? (before.Value, ValueSource.Data) : ((double?)null, ValueSource.None);

            if (kr.Current is { } c)
            {
                (current, currentSource) = (c, ValueSource.Explicit);
            }
            else if (series?.LatestOnOrBefore(asOf < period.End ? asOf : period.End) is { } point)
            {
                (current, currentSource, currentDate) = (point.Value, ValueSource.Data, point.Date);
            }

            score = MetricScore(kr, baseline, current, diagnostics);
        }
        else
        {
            score = Scoring.Milestone(kr.Done, kr.Progress);
        }

        var manual = kr.Score is not null;
        score = kr.Score ?? score;
        return new KeyResult(
            kr.Id,
            kr.Title,
            kr.Type,
            kr.Metric?.Value,
            unit,
            baseline,
            baselineSource,
            kr.Target,
            current,
            currentSource,
            currentDate,
            kr.Weight,
            kr.Done,
            kr.Progress,
            score,
            manual,
            StatusRule.Of(score, period, asOf, scoring),
            kr.Source);
    }

    private static double? MetricScore(KeyResultDefinition kr, double? baseline, double? current, DiagnosticBag diagnostics)
    {
        if (kr.Target is not { } target)
        {
            return null;
        }

        if (baseline is { } b && b == target)
        {
            if (kr.Score is null)
            {
                var where = kr.Baseline is null ? $" (the baseline comes from the last value of '{kr.Metric?.Value}' before the period)" : string.Empty;
                diagnostics.Add(Codes.TargetEqualsBaseline, kr.Source, string.Create(CultureInfo.InvariantCulture, $"key result '{kr.Id}' has target {target} equal to its baseline{where}; set a target that differs from {b}"));
            }

            return null;
        }

        if (baseline is null && current is not null && kr.Score is null)
        {
            diagnostics.Add(Codes.MissingBaseline, kr.Source, $"key result '{kr.Id}' has no baseline and '{kr.Metric?.Value}' has no value before the period starts; add 'baseline:'");
        }

        var score = Scoring.Metric(baseline, target, current);
        if (score is null && baseline is not null && current is not null && kr.Score is null)
        {
            diagnostics.Add(Codes.NotFinite, kr.Source, $"key result '{kr.Id}' cannot be scored: its values are too large to compute with");
        }

        return score;
    }
}
