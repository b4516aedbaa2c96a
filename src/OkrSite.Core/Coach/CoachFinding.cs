using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach;

/// <summary>What a check found, before the stage stamps it with the check's code and title and applies the switches.</summary>
/// <param name="Found">What the check found about the subject, as a clause ("KPI 'NPS' has no owner").</param>
/// <param name="Advice">What the method advises doing about it, as a clause; often the same for every finding of a check, which lets a panel say it once.</param>
/// <param name="Switch">The switch of the file the finding is about (its objective, KPI or team file).</param>
internal sealed record CoachFinding(
    string Found,
    string Advice,
    FindingSubject Kind,
    string Subject,
    string SubjectName,
    string? Team,
    Period? Period,
    SourceSpan Source,
    CoachSwitch Switch)
{
    /// <summary>The finding as one sentence, as <see cref="Model.Finding.Message"/> gives it.</summary>
    public string Message => $"{Found}: {Advice}";

    public static CoachFinding About(Objective o, string found, string advice) =>
        new(found, advice, FindingSubject.Objective, o.Key, o.Title, o.Team, o.Period, o.Source, o.Coach);

    public static CoachFinding About(Objective o, KeyResult kr, string found, string advice) =>
        new(found, advice, FindingSubject.KeyResult, ObjectiveKey.OfKeyResult(o.Key, kr.Id), kr.Title, o.Team, o.Period, kr.Source.IsNone ? o.Source : kr.Source, o.Coach);

    public static CoachFinding About(Kpi k, string found, string advice) =>
        new(found, advice, FindingSubject.Kpi, k.Id, k.Name, k.Team, null, k.Source, k.Coach);

    public static CoachFinding About(Team t, Period? period, string found, string advice) =>
        new(found, advice, FindingSubject.Team, t.Id, t.Name, t.Id, period, t.Source, t.Coach);
}
