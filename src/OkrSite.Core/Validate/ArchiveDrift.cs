using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// The drift check of frozen periods: what the live inputs would now give for a period that has an archive,
/// computed at the archive's own report date (so only an edit of the inputs counts, never the passing of time),
/// against the frozen figures. Edits of a target, baseline, weight or title are named as such; a figure that
/// differs without one (current value, score) means the data changed. A hash that differs with no figure
/// difference (an owner, a note, a row outside any window) is recorded in report.json only: nothing to act on.
/// </summary>
internal static class ArchiveDrift
{
    /// <summary>The archives to show (not <paramref name="freezing"/>'s, nor one whose period lost its objectives) and what each would now differ in.</summary>
    public static (ImmutableArray<PeriodArchive> Shown, ImmutableArray<FrozenPeriod> Frozen) Check(
        ImmutableArray<PeriodArchive> archives, SiteConfig config, ContentSet content, DataSet data, Period? freezing, DiagnosticBag diagnostics)
    {
        var shown = ImmutableArray.CreateBuilder<PeriodArchive>();
        var frozen = ImmutableArray.CreateBuilder<FrozenPeriod>();
        var kpis = content.Kpis.ToDictionary(k => k.Id, StringComparer.Ordinal);
        foreach (var archive in archives)
        {
            if (archive.Period == freezing)
            {
                continue;
            }

            if (!content.Objectives.Any(o => o.Period == archive.Period))
            {
                diagnostics.Add(Codes.ArchiveWithoutObjectives, new SourceSpan(archive.File, 1, 1), $"the archive of {archive.Period} (frozen on {Date(archive.FrozenOn)}) is for a period that no longer has objectives, so it is not shown; delete it, or restore the objectives");
                continue;
            }

            var live = ReportBuilder.PeriodObjectives(config, content, data, archive.AsOf, archive.Period);
            var drift = Compare(archive, live, content);
            foreach (var d in drift)
            {
                diagnostics.Add(CodeOf(d.Kind), d.At, Message(d, archive));
            }

            shown.Add(archive);
            frozen.Add(new FrozenPeriod(archive.Period, archive.FrozenOn, archive.AsOf, archive.InputHash, InputHash.Of(content.Objectives, data, kpis, archive.Period, archive.AsOf), archive.File, drift));
        }

        return (shown.ToImmutable(), frozen.ToImmutable());
    }

    /// <summary>The differences between an archive and the same period's objectives computed from the live inputs, in archive order.</summary>
    public static ImmutableArray<Drift> Compare(PeriodArchive archive, ImmutableArray<Objective> live, ContentSet content)
    {
        var definitions = content.Objectives.Where(o => o.Period == archive.Period).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var liveById = live.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var drift = ImmutableArray.CreateBuilder<Drift>();
        foreach (var frozen in archive.Objectives)
        {
            var key = ObjectiveKey.Of(archive.Period, frozen.Id);
            if (!liveById.TryGetValue(frozen.Id, out var now))
            {
                drift.Add(new Drift(DriftKind.Removed, key, null, "objective", frozen.Title, null, frozen.At));
                continue;
            }

            var definition = definitions[frozen.Id];
            var before = drift.Count;
            if (frozen.Title != now.Title)
            {
                drift.Add(new Drift(DriftKind.Title, key, null, "title", frozen.Title, now.Title, now.Source));
            }

            var liveKeyResults = now.KeyResults.ToDictionary(k => k.Id, StringComparer.Ordinal);
            foreach (var kr in frozen.KeyResults)
            {
                if (!liveKeyResults.TryGetValue(kr.Id, out var nowKr))
                {
                    drift.Add(new Drift(DriftKind.Removed, key, kr.Id, "key result", kr.Title, null, kr.At));
                    continue;
                }

                var positions = definition.KeyResults.First(k => k.Id == kr.Id).Positions;
                SourceSpan At(string field) => positions.Of(field) is { IsNone: false } at ? at with { Column = 0 } : nowKr.Source;
                var edited = drift.Count;
                Add(DriftKind.Title, "title", kr.Title, nowKr.Title, At("title"));
                Add(DriftKind.Target, "target", Number(kr.Target), Number(nowKr.Target), At("target"));
                // A baseline written in the front matter is an edit; one taken from the data changed with the data.
                var writtenBaseline = nowKr.BaselineSource == ValueSource.Explicit;
                if (writtenBaseline)
                {
                    Add(DriftKind.Baseline, "baseline", Number(kr.Baseline), Number(nowKr.Baseline), At("baseline"));
                }

                Add(DriftKind.Weight, "weight", Number(kr.Weight), Number(nowKr.Weight), At("weight"));
                if (drift.Count == edited)
                {
                    // No edit explains it: the data (or a written current, done or score) changed.
                    if (!writtenBaseline)
                    {
                        Add(DriftKind.Figure, "baseline", Number(kr.Baseline), Number(nowKr.Baseline), nowKr.Source);
                    }

                    Add(DriftKind.Figure, "current", Value(kr.Current, kr.CurrentDate), Value(nowKr.Current, nowKr.CurrentDate), At("current"));
                    Add(DriftKind.Figure, "score", Number(kr.Score), Number(nowKr.Score), At("score"));
                }

                void Add(DriftKind kind, string field, string? was, string? isNow, SourceSpan at)
                {
                    if (!string.Equals(was, isNow, StringComparison.Ordinal))
                    {
                        drift.Add(new Drift(kind, key, kr.Id, field, was, isNow, at));
                    }
                }
            }

            var archived = frozen.KeyResults.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var added in now.KeyResults.Where(k => !archived.Contains(k.Id)))
            {
                drift.Add(new Drift(DriftKind.Added, key, added.Id, "key result", null, added.Title, added.Source));
            }

            if (drift.Count == before && Number(frozen.Score) != Number(now.Score))
            {
                drift.Add(new Drift(DriftKind.Figure, key, null, "score", Number(frozen.Score), Number(now.Score), now.Source));
            }

            // A kind edited from committed to aspirational moves no score, only the verdict.
            if (drift.Count == before && frozen.Verdict is { } verdict && verdict != now.Verdict)
            {
                drift.Add(new Drift(DriftKind.Figure, key, null, "verdict", Names.Of(verdict), now.Verdict is { } v ? Names.Of(v) : null, now.Source));
            }
        }

        var inArchive = archive.Objectives.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var added in live.Where(o => !inArchive.Contains(o.Id)))
        {
            drift.Add(new Drift(DriftKind.Added, added.Key, null, "objective", null, added.Title, added.Source));
        }

        return drift.ToImmutable();
    }

    /// <summary>"2026-Q3/retention kr1: target was 75 when frozen on 2026-10-02, is now 76 (target drift); ...", with what to do.</summary>
    public static string Message(Drift d, PeriodArchive archive)
    {
        var what = d.KeyResult is null ? d.Objective : $"{d.Objective} {d.KeyResult}";
        var frozenOn = Date(archive.FrozenOn);
        var refreeze = $"'okrsite freeze {archive.Period} --force'";
        return d.Kind switch
        {
            DriftKind.Added => $"{what}: {d.Field} '{d.Now}' was added after {archive.Period} was frozen on {frozenOn}; {(d.KeyResult is null ? "it shows live figures" : "it is not shown")}. Move it to an open period, or adopt it with {refreeze}",
            DriftKind.Removed => $"{what}: {d.Field} '{d.Frozen}' was frozen on {frozenOn} and is no longer in the content; {(d.KeyResult is null ? "it is not shown" : "it is still shown from the archive")}. Restore it, or adopt the removal with {refreeze}",
            DriftKind.Figure => $"{what}: {d.Field} was {d.Frozen ?? "none"} when frozen on {frozenOn}, the live data would now give {d.Now ?? "none"}; the frozen {d.Field} is shown. Nothing to do if that is the one presented; to adopt the new one, {refreeze}",
            _ => $"{what}: {d.Field} was {Quote(d.Kind, d.Frozen)} when frozen on {frozenOn}, is now {Quote(d.Kind, d.Now)} ({Names.Of(d.Kind)} drift); the frozen {d.Field} is shown. Revert the edit, or adopt it with {refreeze}",
        };
    }

    private static DiagnosticCode CodeOf(DriftKind kind) => kind switch
    {
        DriftKind.Target or DriftKind.Baseline => Codes.DriftTarget,
        DriftKind.Weight => Codes.DriftWeight,
        DriftKind.Title => Codes.DriftTitle,
        DriftKind.Added => Codes.DriftAdded,
        DriftKind.Removed => Codes.DriftRemoved,
        _ => Codes.DriftFigure,
    };

    private static string Quote(DriftKind kind, string? value) => value is null ? "none" : kind == DriftKind.Title ? $"'{value}'" : value;

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Value(double? value, DateOnly? date) => value is null ? null : date is { } d ? $"{Number(value)} ({Date(d)})" : Number(value);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
