namespace OkrSite.Core.Render.Html.Views;

/// <summary>A status or health as the page shows it: text and an icon as well as a colour (<see cref="Tone"/>: good, warn, bad, neutral).</summary>
internal sealed record Badge(string Key, string Label, string Icon, string Tone);
