namespace OkrSite.Core.Model;

/// <summary>A Markdown body as written, and the 1-based line it starts on in its file.</summary>
public sealed record MarkdownText(string Text, int Line)
{
    public static MarkdownText Empty { get; } = new(string.Empty, 0);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
