namespace OkrSite.Core.Render.Html.Views;

/// <summary>
/// The "frozen on" note of a frozen period's pages: the day, and how many inputs would now give other figures
/// (<see cref="Changes"/>, 0 when none; the build's OKR061x warnings name them).
/// </summary>
internal sealed record FrozenView(string Period, string FrozenOn, string AsOf, int Changes);
