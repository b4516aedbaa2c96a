namespace OkrSite.Core.Render;

/// <summary>
/// The colours of status and health, shared by the theme's CSS (themes/default/assets/style.css uses the same
/// values) and the charts, so a colour means the same thing everywhere on the site. Colour is never the only
/// signal: pages also print the status as text and an icon.
/// </summary>
internal sealed record Palette(
    string Good,
    string Warn,
    string Bad,
    string Neutral,
    string Accent,
    string Text,
    string Muted,
    string Grid)
{
    public static Palette Light { get; } = new("#1a7f37", "#9a6700", "#cf222e", "#6e7781", "#0969da", "#1f2328", "#59636e", "#d0d7de");

    public static Palette Dark { get; } = new("#3fb950", "#d29922", "#f85149", "#8b949e", "#58a6ff", "#e6edf3", "#9198a1", "#30363d");
}
