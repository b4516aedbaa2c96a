using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.Fields;

/// <summary>
/// What differs between site.json and front matter when a field is read: the codes its problems get, the words
/// for its kinds of value, and whether the format types its scalars itself (JSON does: "5" and 5 differ).
/// </summary>
internal sealed record FieldFormat(
    string Name,
    bool TypedScalars,
    string TextKind,
    string MappingKind,
    DiagnosticCode WrongType,
    DiagnosticCode InvalidChoice,
    DiagnosticCode InvalidPeriod,
    DiagnosticCode InvalidDate)
{
    public static FieldFormat FrontMatter { get; } = new("front matter", false, "text", "mapping of fields", Codes.WrongType, Codes.InvalidChoice, Codes.InvalidPeriod, Codes.WrongType);

    public static FieldFormat SiteJson { get; } = new("site.json", true, "a string in quotes", "object", Codes.SiteConfigInvalidValue, Codes.SiteConfigInvalidValue, Codes.SiteConfigInvalidValue, Codes.SiteConfigInvalidValue);
}
