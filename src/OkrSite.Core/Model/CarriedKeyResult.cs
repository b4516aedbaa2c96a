namespace OkrSite.Core.Model;

/// <summary>
/// One period's key result on a KPI, as the KPI's story across periods tells it: from its baseline to its target,
/// and where it got (<see cref="Result"/>: the current value, or the value at the period's end once it is over).
/// <see cref="KeyResult"/> is "2026-Q3/retention/kr1" (<see cref="ObjectiveKey"/>).
/// </summary>
public sealed record CarriedKeyResult(
    Period Period,
    string Objective,
    string KeyResult,
    double? Baseline,
    double? Target,
    double? Result,
    double? Score,
    Status Status,
    Verdict? Verdict);
