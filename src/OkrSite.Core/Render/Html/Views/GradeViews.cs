namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// An objective's kind and, once its period has ended, that it is final (its pages then show verdicts and no
/// "expected by now"), with the objectives of its team in the periods around its own.
/// </summary>
internal sealed record ObjectiveGradeView(string Kind, bool Committed, bool Final, string EndDate, string EnclosingTitle, string NestedTitle, IReadOnlyList<LinkView> Enclosing, IReadOnlyList<LinkView> Nested)
{
    public static ObjectiveGradeView None { get; } = new("Aspirational", false, false, string.Empty, string.Empty, string.Empty, [], []);
}

/// <summary>What an ended period's dashboard says: final, as of its last day, and where its evaluation is.</summary>
internal sealed record PeriodEndView(string EndDate, string? EvaluationUrl);

/// <summary>The evaluation page of an ended period (periods/&lt;p&gt;/evaluation/): overall, then per team.</summary>
internal sealed record EvaluationView(string Period, string PeriodUrl, string EndDate, EvaluationGroupView Overall, IReadOnlyList<EvaluationGroupView> Teams);

/// <summary>
/// One evaluation: its objectives' final grades, the verdicts counted, the key results' grades in bands, the
/// committed objectives that missed and the aspirational ones at 1.0 everywhere.
/// </summary>
internal sealed record EvaluationGroupView(
    string Name,
    LinkView? Team,
    string Score,
    int Percent,
    Badge Verdict,
    IReadOnlyList<VerdictCountView> Verdicts,
    IReadOnlyList<GradedObjectiveView> Objectives,
    int KeyResultCount,
    IReadOnlyList<GradeBandView> Bands,
    IReadOnlyList<LinkView> CommittedMissed,
    IReadOnlyList<LinkView> AllAtOne);

internal sealed record VerdictCountView(Badge Verdict, int Count);

internal sealed record GradedObjectiveView(LinkView Objective, string Kind, LinkView? Team, string Score, int Percent, Badge Verdict);

/// <summary>One band of key-result grades: its range as text, how many fell in it, and that as a share of all (for the bar).</summary>
internal sealed record GradeBandView(string Key, string Label, int Count, int Percent, string Tone);

/// <summary>A KPI's story across periods: one line per period's key result, towards the KPI's target.</summary>
internal sealed record CarriedForwardView(IReadOnlyList<CarriedRowView> Rows, string Target, string Summary);

internal sealed record CarriedRowView(string Period, LinkView Objective, string Baseline, string Target, string Result, string ResultLabel, string Score, Badge Status);
