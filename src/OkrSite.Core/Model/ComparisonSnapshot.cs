using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>
/// What a comparison reads of one report.json: both sides of <c>--compare-to</c> and <c>okrsite diff</c> are read
/// into this one shape from report.json itself (the current build's too), so the two can never disagree.
/// </summary>
public sealed record ComparisonSnapshot(
    string Title,
    DateOnly AsOf,
    Period Period,
    ImmutableArray<SnapshotObjective> Objectives,
    ImmutableArray<SnapshotKpi> Kpis);

/// <summary>
/// An objective as a report.json says it was. <see cref="Confidence"/>, <see cref="Kind"/> and <see cref="Verdict"/>
/// are null in a report written before check-ins and grades existed (report.json keeps version 2 when keys are added).
/// </summary>
public sealed record SnapshotObjective(
    string Key,
    string Id,
    string Title,
    Period Period,
    string? Team,
    Status Status,
    double? Score,
    double? Confidence,
    string? Kind,
    string? Verdict,
    ImmutableArray<SnapshotKeyResult> KeyResults);

public sealed record SnapshotKeyResult(string Id, string Title, Status Status, double? Score, double? Current, string? Unit, double? Confidence);

public sealed record SnapshotKpi(string Id, string Name, string? Unit, KpiHealth Health, DataPoint? Latest);
