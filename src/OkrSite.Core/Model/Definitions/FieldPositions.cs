using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model.Definitions;

/// <summary>Where each field of a front-matter mapping is written (the position of its key), for the provenance of values.</summary>
internal sealed record FieldPositions(ImmutableSortedDictionary<string, SourceSpan> Fields)
{
    public static FieldPositions None { get; } = new(ImmutableSortedDictionary<string, SourceSpan>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The position of the field's key; none when it is not written.</summary>
    public SourceSpan Of(string field) => Fields.GetValueOrDefault(field, SourceSpan.None);
}
