using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// Shows frozen periods as they were presented: the objectives of a period that has an archive take their figures,
/// titles and key results from it. Pure, and run before anything is derived from the objectives (summaries,
/// roll-ups), so a frozen period's dashboard adds up the frozen figures. An objective the archive does not have
/// (added since) stays as computed; one the archive has but the content no longer does is not shown (the drift
/// check warns of both).
/// </summary>
internal static class FrozenOverlay
{
    public static ImmutableArray<Objective> Apply(ImmutableArray<Objective> objectives, ImmutableArray<PeriodArchive> archives)
    {
        if (archives.IsDefaultOrEmpty)
        {
            return objectives;
        }

        var byPeriod = archives.ToDictionary(a => a.Period);
        return [.. objectives.Select(o => byPeriod.TryGetValue(o.Period, out var archive) && archive.Objectives.FirstOrDefault(a => a.Id == o.Id) is { } frozen
            ? Objective(o, frozen, archive.FrozenOn)
            : o)];
    }

    public static Objective Objective(Objective live, ArchivedObjective frozen, DateOnly frozenOn)
    {
        var liveKeyResults = live.KeyResults.ToDictionary(k => k.Id, StringComparer.Ordinal);
        return live with
        {
            Title = frozen.Title,
            Score = frozen.Score,
            Expected = frozen.Expected,
            Status = frozen.Status,
            Kind = frozen.Kind ?? live.Kind,
            Verdict = frozen.Verdict ?? live.Verdict,
            Confidence = frozen.Confidence,
            KeyResults = [.. frozen.KeyResults.Select(k => KeyResult(liveKeyResults.GetValueOrDefault(k.Id), k, live))],
            FrozenOn = frozenOn,
        };
    }

    /// <summary>
    /// A key result as frozen. Where a value still equals the live one its origin (file and line) is kept, so "why
    /// 0.63?" still leads to the row; a value that differs now came from the archive alone and has no origin.
    /// </summary>
    public static KeyResult KeyResult(KeyResult? live, ArchivedKeyResult frozen, Objective objective)
    {
        var window = frozen.Metric is { } metric && !frozen.Window.IsDefaultOrEmpty
            ? new SeriesWindow(new Series(metric, frozen.Window), 0, frozen.Window.Length)
            : null;
        var baseline = live is not null && live.Baseline == frozen.Baseline;
        var current = live is not null && live.Current == frozen.Current && live.CurrentDate == frozen.CurrentDate;
        var score = live is not null && live.Score == frozen.Score;
        return new KeyResult(
            frozen.Id,
            frozen.Title,
            frozen.Type,
            frozen.Metric,
            frozen.Unit,
            frozen.Baseline,
            baseline ? live!.BaselineSource : ValueSource.None,
            frozen.Target,
            frozen.Current,
            current ? live!.CurrentSource : ValueSource.None,
            frozen.CurrentDate,
            frozen.Weight,
            frozen.Done,
            frozen.Progress,
            frozen.Score,
            frozen.ManualScore,
            frozen.Status,
            live?.Source ?? objective.Source)
        {
            BaselineOrigin = baseline ? live!.BaselineOrigin : ValueOrigin.None,
            CurrentOrigin = current ? live!.CurrentOrigin : ValueOrigin.None,
            ScoreOrigin = score ? live!.ScoreOrigin : ValueOrigin.None,
            Kpi = live?.Kpi,
            Plan = frozen.Plan,
            Window = window,
            Verdict = frozen.Verdict ?? live?.Verdict,
            Confidence = frozen.Confidence,
            CheckIns = live?.CheckIns ?? [],
        };
    }
}
