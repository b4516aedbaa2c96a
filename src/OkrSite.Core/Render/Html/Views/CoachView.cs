namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// The attention panel of the dashboard or a team page: the coach's findings of that scope, one after the other and
/// grouped by check, and the coach page.
/// </summary>
internal sealed record CoachPanelView(IReadOnlyList<FindingView> Findings, IReadOnlyList<FindingGroupView> Groups, string PageUrl);

/// <summary>
/// One finding: the check's title and code, the whole message (<see cref="Message"/>) and its first half alone
/// (<see cref="Found"/>, a sentence) and second (<see cref="Advice"/>, the clause after its colon), for a group that gives
/// the advice once; the subject's page, and the check on the coach page.
/// </summary>
internal sealed record FindingView(string Code, string Title, string Message, string Found, string Advice, LinkView Subject, string Kind, string? Period, string CheckUrl);

/// <summary>
/// The findings of one check in a panel, in the panel's order: the check is named once, and so is its advice when
/// every finding shares it (<see cref="Advice"/>, else null and each finding's message carries its own).
/// </summary>
internal sealed record FindingGroupView(string Code, string Title, string CheckUrl, string? Advice, IReadOnlyList<FindingView> Findings);

/// <summary>The coach page (coach/): every check with its reason, cause and fix, so the site explains its advice offline.</summary>
internal sealed record CoachPageView(IReadOnlyList<CoachCheckView> Checks, int FindingCount);

internal sealed record CoachCheckView(string Code, string Anchor, string Name, string Title, string Why, string Cause, string Fix, int Count, bool Off);
