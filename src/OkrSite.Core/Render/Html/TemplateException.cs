namespace OkrSite.Core.Render.Html;

/// <summary>A theme template that is missing, does not parse, or fails while rendering; becomes a diagnostic.</summary>
internal sealed class TemplateException(string file, int line, string message) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    /// <summary>The diagnostic it becomes: OKR0402 unless the theme says otherwise (an include that leaves the theme).</summary>
    public OkrSite.Core.Diagnostics.DiagnosticCode Code { get; init; } = OkrSite.Core.Diagnostics.Codes.TemplateError;
}
