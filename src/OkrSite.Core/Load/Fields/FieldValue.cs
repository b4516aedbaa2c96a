using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.Fields;

/// <summary>How a value is written: the readers of site.json and of front matter each say which one they found.</summary>
internal enum ValueShape
{
    /// <summary>A string in quotes: a JSON string, or a YAML scalar in quotes.</summary>
    Quoted,

    /// <summary>A YAML scalar without quotes: YAML leaves its type to the reader.</summary>
    Plain,

    /// <summary>A JSON number; its text is the number exactly as written.</summary>
    Number,

    /// <summary>A JSON true or false.</summary>
    Bool,

    List,

    Mapping,
}

/// <summary>
/// One value of a config or front-matter field as it is written, with where it is: what <see cref="FieldReader"/>
/// turns into a number, date, period, choice or list. <see cref="Key"/> is the name the messages show
/// ("target", "scoring.success"); <see cref="Text"/> is null for a list or a mapping.
/// </summary>
internal sealed record FieldValue(string Key, string? Text, ValueShape Shape, SourceSpan At)
{
    /// <summary>The entries of a list, each with its own position.</summary>
    public ImmutableArray<FieldValue> Items { get; init; } = [];

    public bool IsScalar => Shape is not (ValueShape.List or ValueShape.Mapping);
}
