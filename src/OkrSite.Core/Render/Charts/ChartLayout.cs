namespace OkrSite.Core.Render.Charts;

/// <summary>
/// One of the two drawings every chart SVG holds. A page shows a chart at its full content width, about 1080 CSS px
/// on a desktop and about 350 px on a phone; one drawing scaled to both has either unreadable text on the phone or
/// huge text on the desktop. So the SVG holds a wide and a narrow drawing, each a real render at its own size with
/// fewer ticks on the narrow one, and its own style sheet shows one: the narrow one when the image is narrower than
/// <see cref="NarrowBelow"/> CSS px or taller than <see cref="NarrowAspect"/> (the page's phone rule gives the image
/// the narrow drawing's shape). The rule for legible text: a drawing's smallest font size × (its shown width / its
/// viewBox width) ≥ 11 CSS px; the narrow drawing's 12 units at 350 px are 11.7 px, the wide drawing's 12 units at
/// 1080 px are 13.5 px (a test checks the narrow one; docs/theme.md has the rule).
/// </summary>
internal sealed record ChartLayout(string Name, int Width, int Height, float FontSize, float LineWidth, float MarkerSize)
{
    /// <summary>Below this width of the image (CSS px) the narrow drawing shows.</summary>
    public const int NarrowBelow = 600;

    /// <summary>An image at most this wide for its height (width / height) shows the narrow drawing.</summary>
    public const string NarrowAspect = "9/5";

    public static ChartLayout Wide { get; } = new("wide", 960, 380, 12, 2, 6);

    public static ChartLayout Narrow { get; } = new("narrow", 360, 300, 12, 2, 6);

    public static IReadOnlyList<ChartLayout> All { get; } = [Wide, Narrow];

    /// <summary>The width of the data area, roughly: the figure minus the value axis and the right margin.</summary>
    public double DataWidth => Width - 100;
}
