namespace OkrSite.Core.Render.Html;

/// <summary>A theme template that is missing, does not parse, or fails while rendering; becomes an OKR0402 diagnostic.</summary>
public sealed class TemplateException(string file, int line, string message) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
