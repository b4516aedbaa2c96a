namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// The "Since the last report" page (changes/): the Report's comparison, formatted. Rows of objectives and key
/// results still in the report link to their pages; removed ones have no page (<c>Url</c> null).
/// </summary>
internal sealed record ChangesView(
    string PreviousDate,
    string PreviousIsoDate,
    string PreviousTitle,
    string PreviousPeriod,
    string Summary,
    bool HasChanges,
    IReadOnlyList<StatusChangeRow> StatusChanges,
    IReadOnlyList<FigureChangeRow> Figures,
    IReadOnlyList<KpiChangeRow> Kpis,
    IReadOnlyList<ChangeEntryRow> NewObjectives,
    IReadOnlyList<ChangeEntryRow> RemovedObjectives,
    IReadOnlyList<ChangeEntryRow> NewKeyResults,
    IReadOnlyList<ChangeEntryRow> RemovedKeyResults);

/// <summary>The dashboard's line: "Since the last report (2 Nov 2026): 2 status changes, 1 KPI into warning".</summary>
internal sealed record ChangesSummaryView(string Url, string PreviousDate, string PreviousIsoDate, string Summary);

/// <summary>A signed difference as the page shows it (<see cref="Text"/>, "+0.25") and as a screen reader says it (<see cref="Spoken"/>, "up 0.25"); <see cref="Direction"/> is up, down or none.</summary>
internal sealed record DeltaView(string Text, string Spoken, string Direction);

/// <summary><see cref="Objective"/> is the objective a key result belongs to; null for an objective's row.</summary>
internal sealed record StatusChangeRow(string Title, string? Url, string? Objective, string Period, Badge From, Badge To, string Score);

internal sealed record FigureChangeRow(string Title, string? Url, string? Objective, string Period, FigureView Score, FigureView Confidence, FigureView Current);

/// <summary>A figure before and after ("—" for none), with its delta when both exist; <see cref="Changed"/> false shows one value.</summary>
internal sealed record FigureView(string From, string To, bool Changed, DeltaView? Delta);

internal sealed record KpiChangeRow(string Name, string? Url, Badge From, Badge To, string LatestFrom, string LatestTo);

internal sealed record ChangeEntryRow(string Title, string? Url, string? Objective, string Period, string? Team, Badge Status, string Score);
