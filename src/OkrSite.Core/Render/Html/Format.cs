using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// The English formatting as static calls, for code not yet given the site's <see cref="Formatter"/> and
/// <see cref="UiText"/>: a thin shim over <see cref="Formatter.English"/>. New code calls the instance.
/// </summary>
internal static class Format
{
    public const string None = Formatter.None;

    private static Formatter English => Formatter.English;

    public static string Number(double? value) => English.Number(value);

    /// <inheritdoc cref="Formatter.WithUnit"/>
    public static string WithUnit(double? value, string? unit) => English.WithUnit(value, unit);

    /// <inheritdoc cref="Formatter.Change"/>
    public static string Change(double? value, string? unit) => English.Change(value, unit);

    /// <inheritdoc cref="Formatter.Score"/>
    public static string Score(double? score) => English.Score(score);

    /// <inheritdoc cref="Formatter.Percent"/>
    public static int Percent(double? share) => English.Percent(share);

    public static string Date(DateOnly? date) => English.Date(date);

    public static string IsoDate(DateOnly date) => English.IsoDate(date);

    public static Badge Badge(Status status) => Badges.For(status, UiText.English);

    public static Badge Badge(KpiHealth health) => Badges.For(health, UiText.English);

    public static string Sentence(string? text) => string.IsNullOrEmpty(text) ? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];
}
