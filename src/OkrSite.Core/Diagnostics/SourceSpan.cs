namespace OkrSite.Core.Diagnostics;

/// <summary>Where a value came from: a file relative to the site folder and a 1-based line and column (0 = unknown).</summary>
public readonly record struct SourceSpan(string File, int Line = 0, int Column = 0)
{
    public static SourceSpan None { get; } = new(string.Empty);

    public bool IsNone => string.IsNullOrEmpty(File);
}
