using System.Reflection;
using System.Collections.Immutable;
using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>Makes the archive of a period from a report computed from the live inputs (okrsite freeze).</summary>
internal static class FrozenArchive
{
    /// <summary>The OkrSite version an archive records (Directory.Build.props' version, without a source revision).</summary>
    public static string Version { get; } =
        (typeof(FrozenArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+')[0];

    public static PeriodArchive Of(Report report, Period period, DateOnly frozenOn, string version, string inputHash) => new(
        period,
        frozenOn,
        report.AsOf,
        version,
        inputHash,
        [.. report.Objectives.Where(o => o.Period == period).OrderBy(o => o.Id, StringComparer.Ordinal).Select(Objective)]);

    public static ArchivedObjective Objective(Objective o) => new(
        o.Id,
        o.Title,
        o.Team,
        o.Score,
        o.Expected,
        o.Status,
        [.. o.KeyResults.Select(KeyResult)])
    {
        Kind = o.Kind,
        Verdict = o.Verdict,
        Confidence = o.Confidence,
    };

    public static ArchivedKeyResult KeyResult(KeyResult k) => new(
        k.Id,
        k.Title,
        k.Type,
        k.Metric,
        k.Unit,
        k.Baseline,
        k.Target,
        k.Current,
        k.CurrentDate,
        k.Weight,
        k.Done,
        k.Progress,
        k.Score,
        k.ManualScore,
        k.Status,
        k.Plan,
        k.Window is { } window ? [.. window.Points.Select(p => p with { File = 0, Line = 0 })] : [])
    {
        Verdict = k.Verdict,
        Confidence = k.Confidence,
    };
}
