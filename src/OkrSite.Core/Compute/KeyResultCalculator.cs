using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>
/// Computes one key result: its baseline and current (written, or looked up in the data), score and status. Pure:
/// the rules about these values (a target equal to the baseline, no baseline) are <c>Validate.KeyResultRules</c>.
/// </summary>
public static class KeyResultCalculator
{
    public static KeyResult Compute(KeyResultDefinition kr, Period period, DateOnly asOf, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis, ScoringOptions scoring)
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

            score = kr.Target is { } target ? Scoring.Metric(baseline, target, current) : null;
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
}
