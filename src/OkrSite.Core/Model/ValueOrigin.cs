using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>What a key result's baseline, current value or score was taken from.</summary>
public enum OriginKind
{
    /// <summary>There is no value, or nothing was written and the rule's default applies.</summary>
    None,

    /// <summary>A row of a CSV file.</summary>
    Csv,

    /// <summary>A field of the objective's front matter (<c>baseline:</c>, <c>current:</c>).</summary>
    FrontMatter,

    /// <summary>A score written by hand (<c>score:</c>), which replaces the computed one.</summary>
    Manual,

    /// <summary>A score computed by the scoring rule: from baseline, target and current, or from <c>done:</c>/<c>progress:</c>.</summary>
    Computed,
}

/// <summary>
/// The provenance of one figure: the file and line it was read from and the field (front matter) or metric (CSV)
/// that holds it, so a page can answer "why 0.63?". <see cref="Date"/> is the date of the CSV row.
/// </summary>
public sealed record ValueOrigin(OriginKind Kind, SourceSpan At, string? Field = null, DateOnly? Date = null)
{
    public static ValueOrigin None { get; } = new(OriginKind.None, SourceSpan.None);

    public static ValueOrigin Computed { get; } = new(OriginKind.Computed, SourceSpan.None);
}
