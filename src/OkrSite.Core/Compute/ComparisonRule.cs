using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>
/// What changed between two reports, as a pure function of two snapshots of report.json. Objectives are matched by
/// key (ids are unique per period only), key results by id within their objective, KPIs by id. A change is listed
/// when a status, verdict or KPI health differs, or a score, current value or confidence is not the same number
/// (a value that appears or disappears counts: its delta is null). Every list is sorted by key, ordinally.
/// </summary>
internal static class ComparisonRule
{
    public static Comparison Compare(ComparisonSnapshot previous, ComparisonSnapshot current)
    {
        var before = FirstByKey(previous.Objectives, o => o.Key);
        var after = FirstByKey(current.Objectives, o => o.Key);
        var objectives = ImmutableArray.CreateBuilder<ObjectiveChange>();
        var keyResults = ImmutableArray.CreateBuilder<KeyResultChange>();
        var newKeyResults = ImmutableArray.CreateBuilder<KeyResultEntry>();
        var removedKeyResults = ImmutableArray.CreateBuilder<KeyResultEntry>();
        foreach (var (key, now) in after)
        {
            if (!before.TryGetValue(key, out var then))
            {
                continue;
            }

            var change = new ObjectiveChange(
                key, now.Title, now.Period, now.Team, then.Status, now.Status, Figure(then.Score, now.Score), Figure(then.Confidence, now.Confidence), then.Verdict, now.Verdict);
            if (change.StatusChanged || change.Score.Changed || change.Confidence.Changed || change.VerdictFrom != change.VerdictTo)
            {
                objectives.Add(change);
            }

            var krsBefore = FirstByKey(then.KeyResults, k => k.Id);
            var krsAfter = FirstByKey(now.KeyResults, k => k.Id);
            foreach (var (id, kr) in krsAfter)
            {
                if (!krsBefore.TryGetValue(id, out var old))
                {
                    newKeyResults.Add(new KeyResultEntry(key, id, kr.Title, now.Title, now.Period, kr.Status, kr.Score));
                    continue;
                }

                var krChange = new KeyResultChange(
                    key, id, kr.Title, now.Title, now.Period, old.Status, kr.Status, Figure(old.Score, kr.Score), Figure(old.Current, kr.Current), Figure(old.Confidence, kr.Confidence), kr.Unit);
                if (krChange.StatusChanged || krChange.Score.Changed || krChange.Current.Changed || krChange.Confidence.Changed)
                {
                    keyResults.Add(krChange);
                }
            }

            foreach (var (id, kr) in krsBefore.Where(k => !krsAfter.ContainsKey(k.Key)))
            {
                removedKeyResults.Add(new KeyResultEntry(key, id, kr.Title, then.Title, then.Period, kr.Status, kr.Score));
            }
        }

        var kpisBefore = FirstByKey(previous.Kpis, k => k.Id);
        var kpis = FirstByKey(current.Kpis, k => k.Id)
            .Where(k => kpisBefore.TryGetValue(k.Key, out var old) && old.Health != k.Value.Health)
            .Select(k => new KpiChange(k.Key, k.Value.Name, k.Value.Unit, kpisBefore[k.Key].Health, k.Value.Health, kpisBefore[k.Key].Latest, k.Value.Latest));

        return new Comparison(
            Side(previous),
            Side(current),
            objectives.ToImmutable(),
            [.. keyResults.OrderBy(k => k.ObjectiveKey, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal)],
            [.. kpis],
            [.. after.Values.Where(o => !before.ContainsKey(o.Key)).Select(Entry)],
            [.. before.Values.Where(o => !after.ContainsKey(o.Key)).Select(Entry)],
            [.. newKeyResults.OrderBy(k => k.ObjectiveKey, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal)],
            [.. removedKeyResults.OrderBy(k => k.ObjectiveKey, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal)]);
    }

    /// <summary>From and to with to − from rounded by <see cref="Figures"/>; no delta unless both are numbers.</summary>
    public static FigureChange Figure(double? from, double? to) =>
        new(from, to, from is { } f && to is { } t ? Figures.Difference(t, f) : null);

    private static ComparisonSide Side(ComparisonSnapshot snapshot) => new(snapshot.Title, snapshot.AsOf, snapshot.Period);

    private static ObjectiveEntry Entry(SnapshotObjective o) => new(o.Key, o.Title, o.Period, o.Team, o.Status, o.Score);

    /// <summary>By key in ordinal order; of a key given twice (a hand-edited file) the first counts, as the reader has already said.</summary>
    private static SortedDictionary<string, T> FirstByKey<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var result = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            result.TryAdd(key(item), item);
        }

        return result;
    }
}
