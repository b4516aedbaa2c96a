using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>
/// The end-of-period grading of an ended period, overall (<see cref="Team"/> null: every objective of the period)
/// or for one team (its own objectives): each objective's final grade (score and verdict are on the objective),
/// how many objectives got each verdict, the spread of key-result grades, the committed objectives that missed and
/// the aspirational ones that scored 1.0 on every key result (the targets may have been too easy).
/// Objectives are listed by <see cref="ObjectiveKey"/>, by id. <see cref="Verdict"/> grades <see cref="Score"/>
/// (their equal-weight mean) like an aspirational objective's.
/// </summary>
public sealed record Evaluation(
    Period Period,
    string? Team,
    double? Score,
    Verdict Verdict,
    ImmutableArray<string> Objectives,
    VerdictCounts Verdicts,
    GradeBands KeyResultBands,
    ImmutableArray<string> CommittedMissed,
    ImmutableArray<string> AllAtOne);
