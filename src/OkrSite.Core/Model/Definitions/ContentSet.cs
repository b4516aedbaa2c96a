using System.Collections.Immutable;

namespace OkrSite.Core.Model.Definitions;

/// <summary>Everything read from content/, each list sorted by file path.</summary>
internal sealed record ContentSet(
    ImmutableArray<TeamDefinition> Teams,
    ImmutableArray<KpiDefinition> Kpis,
    ImmutableArray<ObjectiveDefinition> Objectives,
    PageText? Index)
{
    /// <summary>
    /// Content files (site-relative paths) that were found but made no document: unreadable, or their front matter
    /// in error. Their own diagnostics say why; the build has failed.
    /// </summary>
    public ImmutableArray<string> Unread { get; init; } = [];

    /// <summary>
    /// Whether <paramref name="reference"/> (an id, or period/id) may name the document of an unread file under
    /// <paramref name="folder"/>, going by the file name, which is the id unless front matter says otherwise. Then a
    /// reference that resolves to nothing is a cascade of that file's own error: reporting it too would bury the one
    /// error to fix under one more per row or field that names it.
    /// </summary>
    public bool MayBeUnread(string folder, string reference)
    {
        var id = reference[(reference.LastIndexOf('/') + 1)..];
        return Unread.Any(path => path.StartsWith(folder + "/", StringComparison.Ordinal) && Path.GetFileNameWithoutExtension(path) == id);
    }
}

/// <summary>Free prose such as content/index.md.</summary>
public sealed record PageText(string? Title, MarkdownText Body);
