using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

internal static partial class ReportJson
{
    /// <summary>
    /// What a source's <c>field</c> and <c>date</c> are when they only repeat what stands beside the source:
    /// <paramref name="Metric"/> for a CSV row, <paramref name="Key"/> (the source's own front-matter key) for a
    /// written value, and <paramref name="Date"/>, the date of the figure itself, for a CSV row or a front-matter
    /// entry. Only those kinds have defaults: a frozen figure keeps its date while its source is <c>none</c>, and
    /// an absent date there must still mean none. docs/format.md states the same rule.
    /// </summary>
    private sealed record OriginDefaults(string? Metric, string Key, DateOnly? Date)
    {
        public static OriginDefaults OfKpi(string id, DataPoint? latest) => new(id, id, latest?.Date);

        public string? FieldOf(OriginKind kind) => kind switch
        {
            OriginKind.Csv => Metric,
            OriginKind.FrontMatter or OriginKind.Manual => Key,
            _ => null,
        };

        public DateOnly? DateOf(OriginKind kind) => kind is OriginKind.Csv or OriginKind.FrontMatter ? Date : null;
    }
}
