namespace OkrSite.Core.Load.FileSystem;

/// <summary>What a path under a confined root turned out to be.</summary>
internal enum EntryKind
{
    /// <summary>A regular file inside the root (directly or through links that stay inside).</summary>
    File,

    /// <summary>A folder inside the root.</summary>
    Folder,

    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A link whose target (or a link on the way to it) leads outside the root.</summary>
    Outside,

    /// <summary>A link whose target does not exist.</summary>
    Dangling,

    /// <summary>A folder reached a second time (a link back to a folder that contains it), or links that point at each other.</summary>
    Loop,

    /// <summary>A FIFO, socket or device: opening it could block or never end.</summary>
    Special,

    /// <summary>A folder that cannot be listed, or an entry that cannot be examined.</summary>
    Unreadable,
}

/// <summary>
/// One entry of a confined root. <see cref="Path"/> is what messages show: relative to the site folder with '/'
/// (or "name:relative" inside a named data folder); <see cref="RealPath"/> is the verified path to open.
/// <see cref="Detail"/> says what is wrong, as the message of its diagnostic.
/// </summary>
internal sealed record SiteEntry(string Path, string RealPath, EntryKind Kind, string Detail = "")
{
    /// <summary>Whether the problem is a folder (or a link to one) that a walk would have entered, rather than a file.</summary>
    public bool IsFolder { get; init; }

    public bool IsProblem => Kind is EntryKind.Outside or EntryKind.Dangling or EntryKind.Loop or EntryKind.Special or EntryKind.Unreadable;
}

/// <summary>The files of a folder walk, sorted by path, and every problem met on the way (in walk order).</summary>
internal sealed record FolderListing(IReadOnlyList<SiteEntry> Files, IReadOnlyList<SiteEntry> Problems)
{
    public static FolderListing Empty { get; } = new([], []);
}
