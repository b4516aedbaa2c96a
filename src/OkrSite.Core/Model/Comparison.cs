using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>
/// What changed from a previous report to this one (<c>Compute.ComparisonRule</c>): objectives and key results
/// present in both whose status, score, confidence or verdict moved; KPIs whose health moved; objectives and key
/// results that are new or gone, matched by key ("2026-Q3/retention", "2026-Q3/retention/kr1"). Every list is
/// sorted by key, ordinally.
/// </summary>
public sealed record Comparison(
    ComparisonSide Previous,
    ComparisonSide Current,
    ImmutableArray<ObjectiveChange> Objectives,
    ImmutableArray<KeyResultChange> KeyResults,
    ImmutableArray<KpiChange> Kpis,
    ImmutableArray<ObjectiveEntry> NewObjectives,
    ImmutableArray<ObjectiveEntry> RemovedObjectives,
    ImmutableArray<KeyResultEntry> NewKeyResults,
    ImmutableArray<KeyResultEntry> RemovedKeyResults)
{
    public int StatusChanges => Objectives.Count(o => o.StatusChanged);

    public int KeyResultStatusChanges => KeyResults.Count(k => k.StatusChanged);

    public int ScoreChanges => Objectives.Count(o => o.Score.Changed);

    public int KpisIntoCritical => Kpis.Count(k => k.To == KpiHealth.Critical);

    public int KpisIntoWarning => Kpis.Count(k => k.To == KpiHealth.Warning);

    /// <summary>KPIs that were in warning or critical and are now in neither.</summary>
    public int KpisOutOfAttention => Kpis.Count(k => KpiChange.NeedsAttention(k.From) && !KpiChange.NeedsAttention(k.To));

    public bool HasChanges => !Objectives.IsEmpty || !KeyResults.IsEmpty || !Kpis.IsEmpty
        || !NewObjectives.IsEmpty || !RemovedObjectives.IsEmpty || !NewKeyResults.IsEmpty || !RemovedKeyResults.IsEmpty;
}

/// <summary>Which report a side of a comparison is: its title, report date and reporting period.</summary>
public sealed record ComparisonSide(string Title, DateOnly AsOf, Period Period);

/// <summary>A figure on both sides; <see cref="Delta"/> is to − from, rounded (Figures), null unless both exist.</summary>
public readonly record struct FigureChange(double? From, double? To, double? Delta)
{
    public bool Changed => From != To;
}

public sealed record ObjectiveChange(
    string Key,
    string Title,
    Period Period,
    string? Team,
    Status From,
    Status To,
    FigureChange Score,
    FigureChange Confidence,
    string? VerdictFrom,
    string? VerdictTo)
{
    public bool StatusChanged => From != To;
}

public sealed record KeyResultChange(
    string ObjectiveKey,
    string Id,
    string Title,
    string ObjectiveTitle,
    Period Period,
    Status From,
    Status To,
    FigureChange Score,
    FigureChange Current,
    FigureChange Confidence,
    string? Unit)
{
    public string Key => Model.ObjectiveKey.OfKeyResult(ObjectiveKey, Id);

    public bool StatusChanged => From != To;
}

/// <summary>A KPI whose health differs between the two reports, with its latest value on each side.</summary>
public sealed record KpiChange(string Id, string Name, string? Unit, KpiHealth From, KpiHealth To, DataPoint? LatestFrom, DataPoint? LatestTo)
{
    public static bool NeedsAttention(KpiHealth health) => health is KpiHealth.Warning or KpiHealth.Critical;
}

/// <summary>An objective only one of the two reports has.</summary>
public sealed record ObjectiveEntry(string Key, string Title, Period Period, string? Team, Status Status, double? Score);

/// <summary>A key result only one of the two reports has, of an objective both have.</summary>
public sealed record KeyResultEntry(string ObjectiveKey, string Id, string Title, string ObjectiveTitle, Period Period, Status Status, double? Score)
{
    public string Key => Model.ObjectiveKey.OfKeyResult(ObjectiveKey, Id);
}
