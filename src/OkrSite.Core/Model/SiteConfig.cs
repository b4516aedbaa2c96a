using System.Collections.Immutable;
using OkrSite.Core.Load.Data;

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
    public static ImmutableArray<string> DefaultData { get; } = ["content/data/*.csv"];

    public static SiteConfig Default(string title) =>
        new(title, "/", null, null, "default", DefaultData, ScoringOptions.Default, false, CsvOptions.Default, "en");
}
