using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach;

/// <summary>What a check found, before the stage stamps it with the check's code and title and applies the switches.</summary>
/// <param name="Switch">The switch of the file the finding is about (its objective, KPI or team file).</param>
internal sealed record CoachFinding(
    string Message,
    FindingSubject Kind,
    string Subject,
    string SubjectName,
    string? Team,
    Period? Period,
    SourceSpan Source,
    CoachSwitch Switch)
{
    public static CoachFinding About(Objective o, string message) =>
        new(message, FindingSubject.Objective, o.Key, o.Title, o.Team, o.Period, o.Source, o.Coach);

    public static CoachFinding About(Objective o, KeyResult kr, string message) =>
        new(message, FindingSubject.KeyResult, ObjectiveKey.OfKeyResult(o.Key, kr.Id), kr.Title, o.Team, o.Period, kr.Source.IsNone ? o.Source : kr.Source, o.Coach);

    public static CoachFinding About(Kpi k, string message) =>
        new(message, FindingSubject.Kpi, k.Id, k.Name, k.Team, null, k.Source, k.Coach);

    public static CoachFinding About(Team t, Period? period, string message) =>
        new(message, FindingSubject.Team, t.Id, t.Name, t.Id, period, t.Source, t.Coach);
}
