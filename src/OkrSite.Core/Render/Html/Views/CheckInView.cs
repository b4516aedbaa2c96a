namespace OkrSite.Core.Render.Html.Views;

/// <summary>One row of a key result's check-in history, formatted; the comment is plain text (the template escapes it).</summary>
internal sealed record CheckInView(string Date, string Value, string Confidence, string Comment, string Source, string SourceLabel);

/// <summary>
/// A latest confidence and its trend as a page shows it: "6/10", an arrow (▲ up, ▼ down) with its change, and the
/// sentence a screen reader reads instead ("confidence 6/10, down 2"). <see cref="Tone"/> colours it: bad at or below
/// the low-confidence line, good from 7, else neutral.
/// </summary>
internal sealed record ConfidenceView(string Text, string Arrow, string Change, string Spoken, string Tone, string Trend);
