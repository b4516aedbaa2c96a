using System.Globalization;

namespace OkrSite.Core.Diagnostics;

/// <summary>
/// One problem found in the input. <see cref="File"/> is relative to the site folder with forward slashes,
/// so the same site reports the same text on every machine; line and column are 1-based, 0 when unknown.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int Line = 0, int Column = 0)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The MSBuild canonical form that editors and CI problem matchers read.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var origin = File is null
            ? "okrsite"
            : Line <= 0
                ? File
                : Column <= 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line})")
                    : string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column})");
        return $"{origin}: {severity} {Code}: {Message}";
    }
}
