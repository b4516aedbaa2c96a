using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>
/// Computes one key result: its baseline and current (written, or looked up in the data), score and status. Pure:
/// the rules about these values (a target equal to the baseline, no baseline) are <c>Validate.KeyResultRules</c>.
/// </summary>
internal static class KeyResultCalculator
{
    public static KeyResult Compute(KeyResultDefinition kr, Period period, DateOnly asOf, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis, ScoringOptions scoring)
    {
        var series = kr.Metric is { } metric ? data.Find(metric.Value) : null;
        var unit = kr.Unit ?? (kr.Metric is { } m && kpis.TryGetValue(m.Value, out var kpi) ? kpi.Unit : null);

        double? baseline = null, current = null, score;
        DateOnly? currentDate = null;
        var baselineSource = ValueSource.None;
        var currentSource = ValueSource.None;

        ValueOrigin baselineOrigin = ValueOrigin.None, currentOrigin = ValueOrigin.None, scoreOrigin;
        if (kr.Type == KeyResultType.Metric)
        {
            // A value written in the front matter wins over the data: it is how a team corrects an export.
            if (kr.Baseline is { } b)
            {
                (baseline, baselineSource, baselineOrigin) = (b, ValueSource.Explicit, Written(kr, "baseline", OriginKind.FrontMatter));
            }
            else if (series?.LatestBefore(period.Start) is { } before)
            {
                (baseline, baselineSource, baselineOrigin) = (before.Value, ValueSource.Data, Row(data, before, kr.Metric!.Value.Value));
            }

            if (kr.Current is { } c)
            {
                (current, currentSource, currentOrigin) = (c, ValueSource.Explicit, Written(kr, "current", OriginKind.FrontMatter));
            }
            else if (series?.LatestOnOrBefore(asOf < period.End ? asOf : period.End) is { } point)
            {
                (current, currentSource, currentDate, currentOrigin) = (point.Value, ValueSource.Data, point.Date, Row(data, point, kr.Metric!.Value.Value));
            }

            // A check-in's value is the current value when it is newer than the data's latest point; current: still wins.
            if (kr.Current is null && CheckInHistory.LatestValue(kr.CheckIns, asOf < period.End ? asOf : period.End) is { Value: { } value } checkIn
                && (currentDate is null || checkIn.Date > currentDate))
            {
                (current, currentSource, currentDate, currentOrigin) = (value, ValueSource.Data, checkIn.Date, checkIn.Origin);
            }

            score = kr.Target is { } target ? Scoring.Metric(baseline, target, current) : null;
            scoreOrigin = score is null ? ValueOrigin.None : ValueOrigin.Computed;
        }
        else
        {
            score = Scoring.Milestone(kr.Done, kr.Progress);

            // done: true decides the score whatever the progress; otherwise progress does, or done: false (0).
            scoreOrigin = kr.Done ? Written(kr, "done", OriginKind.Computed)
                : kr.Progress is not null ? Written(kr, "progress", OriginKind.Computed)
                : !kr.Positions.Of("done").IsNone ? Written(kr, "done", OriginKind.Computed)
                : ValueOrigin.Computed;
        }

        var manual = kr.Score is not null;
        score = kr.Score ?? score;
        if (manual)
        {
            scoreOrigin = Written(kr, "score", OriginKind.Manual);
        }

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
            kr.Source)
        {
            BaselineOrigin = baselineOrigin,
            CurrentOrigin = currentOrigin,
            ScoreOrigin = scoreOrigin,
            CheckIns = CheckInHistory.Until(kr.CheckIns, asOf),
        };
    }

    /// <summary>A front-matter field: at its key's line, or at the key result when the position is not known.</summary>
    private static ValueOrigin Written(KeyResultDefinition kr, string field, OriginKind kind)
    {
        var at = kr.Positions.Of(field);
        return new ValueOrigin(kind, at.IsNone ? kr.Source : at with { Column = 0 }, field);
    }

    private static ValueOrigin Row(DataSet data, DataPoint point, string metric) =>
        new(OriginKind.Csv, data.RowOf(point), metric, point.Date);
}
