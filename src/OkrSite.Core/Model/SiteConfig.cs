using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>site.json after defaults are applied. <see cref="BaseUrl"/> always ends with '/'.</summary>
public sealed record SiteConfig(
    string Title,
    string BaseUrl,
    Period? Period,
    DateOnly? AsOf,
    string Theme,
    ImmutableArray<string> Data,
    ScoringOptions Scoring,
    bool AllowHtml,
    CsvOptions Csv,
    string Language)
{
    /// <summary>
    /// site.json dataFolders: the only folders outside the site that data globs may read, by the name a glob uses
    /// ("exports:*.csv"); each value is the path as written (absolute, or relative to the site folder).
    /// </summary>
    public ImmutableSortedDictionary<string, string> DataFolders { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>site.json logo: the path of an image under static/ ("logo.svg"), shown in every page's header; null for none.</summary>
    public string? Logo { get; init; }

    /// <summary>site.json links: folder links (the default) or links that end in index.html, for a site opened from file://.</summary>
    public LinkStyle Links { get; init; } = LinkStyle.Folders;

    /// <summary>site.json compareTo: a previous report.json inside the site to compare this build with; null for none.</summary>
    public string? CompareTo { get; init; }

    public static ImmutableArray<string> DefaultData { get; } = ["content/data/*.csv"];

    public static SiteConfig Default(string title) =>
        new(title, "/", null, null, "default", DefaultData, ScoringOptions.Default, false, CsvOptions.Default, "en");

    /// <summary>site.json coach: the method checks' thresholds and the checks switched off for the site.</summary>
    public CoachOptions Coach { get; init; } = CoachOptions.Default;

    /// <summary>site.json checkIns: the check-ins CSV files, the cadence and the low-confidence line.</summary>
    public CheckInOptions CheckIns { get; init; } = CheckInOptions.Default;
}
