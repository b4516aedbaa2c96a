using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// One piece of the OKR coach's advice: which check (<see cref="Code"/>, its <see cref="Check"/> name and
/// <see cref="Title"/>) found what (<see cref="Found"/>, and what to do about it, <see cref="Advice"/>) about which subject (<see cref="Kind"/> and
/// <see cref="Subject"/>: an objective key, a key result "period/objective/kr", a KPI or team id), and the team and
/// period it belongs to, so the dashboard and team pages can each show their own. It is also a warning at
/// <see cref="Source"/> in the build's diagnostics.
/// </summary>
public sealed record Finding(
    string Code,
    string Check,
    string Title,
    string Found,
    string Advice,
    FindingSubject Kind,
    string Subject,
    string SubjectName,
    string? Team,
    Period? Period,
    SourceSpan Source)
{
    /// <summary>The whole advice as one sentence, as okrsite check prints it and report.json gives it: what was found, then what to do.</summary>
    public string Message => $"{Found}: {Advice}";

    /// <summary>The page of the subject, as <see cref="SitePaths"/> names it (a key result's is its objective's page).</summary>
    public string Url => Kind switch
    {
        FindingSubject.Objective => $"objectives/{Subject}/",
        FindingSubject.KeyResult => $"objectives/{ObjectiveKey.SplitKeyResult(Subject).Objective}/",
        FindingSubject.Kpi => SitePaths.KpiUrl(Subject),
        _ => SitePaths.TeamUrl(Subject),
    };
}

/// <summary>What a finding is about; its page is the one the panel links to (a key result's is its objective's).</summary>
public enum FindingSubject
{
    Objective,
    KeyResult,
    Kpi,
    Team,
}
