namespace OkrSite.Core.Render.Html.Views;

/// <summary>The attention panel of the dashboard or a team page: the coach's findings of that scope, and the coach page.</summary>
internal sealed record CoachPanelView(IReadOnlyList<FindingView> Findings, string PageUrl);

/// <summary>One finding: the check's title and code, the message, the subject's page, and the check on the coach page.</summary>
internal sealed record FindingView(string Code, string Title, string Message, LinkView Subject, string Kind, string? Period, string CheckUrl);

/// <summary>The coach page (coach/): every check with its reason, cause and fix, so the site explains its advice offline.</summary>
internal sealed record CoachPageView(IReadOnlyList<CoachCheckView> Checks, int FindingCount);

internal sealed record CoachCheckView(string Code, string Anchor, string Name, string Title, string Why, string Cause, string Fix, int Count, bool Off);
