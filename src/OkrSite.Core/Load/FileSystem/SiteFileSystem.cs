using OkrSite.Core.IO;

namespace OkrSite.Core.Load.FileSystem;

/// <summary>
/// The one file-system edge that decides what OkrSite may read: every path is resolved against the real path of a
/// root (the site folder, or a data folder named in site.json), and a link that leads outside it, a FIFO, socket or
/// device, a loop of links or a folder that cannot be listed comes back as a problem entry instead of being opened.
/// Walks never let .NET recurse through links: each folder is listed on its own, and every real folder is walked
/// at most once, so a link back to an ancestor is one problem, not an endless descent.
/// </summary>
internal sealed class SiteFileSystem
{
    private readonly string _prefix;
    private readonly string _rootName;

    /// <param name="root">The folder everything must stay inside.</param>
    /// <param name="prefix">Put before relative paths in <see cref="SiteEntry.Path"/> ("exports:" for a named data folder).</param>
    /// <param name="rootName">How messages name the root ("the site folder", "data folder 'exports'").</param>
    public SiteFileSystem(string root, string prefix = "", string rootName = "the site folder")
    {
        Root = Path.GetFullPath(root);
        RealRoot = NativeFiles.RealPath(Root).Path ?? Root;
        _prefix = prefix;
        _rootName = rootName;
        Identity = new RootInput(Root, prefix, rootName);
    }

    /// <summary>
    /// Where this build notes what it learnt from the file system (a rebuild with nothing changed is then skipped);
    /// null reads without noting. A root made with <see cref="Other"/> notes into the same log.
    /// </summary>
    internal InputLog? Log { get; init; }

    /// <summary>This root as a log records it.</summary>
    internal RootInput Identity { get; }

    /// <summary>
    /// Files earlier builds of this process read (okrsite serve), handed out again while their stamp is unchanged
    /// instead of being read and hashed again; null reads every file. Shared by the roots made with <see cref="Other"/>.
    /// </summary>
    internal ReadMemo? Memo { get; init; }

    /// <summary>Another confined root (a named data folder) read by the same build, noting into the same log.</summary>
    public SiteFileSystem Other(string root, string prefix, string rootName) => new(root, prefix, rootName) { Log = Log, Memo = Memo };

    /// <summary>Reads a file this file system vetted (an entry's <see cref="SiteEntry.RealPath"/>), noting it in the log.</summary>
    public byte[] ReadAllBytes(string realPath)
    {
        if (Log is null && Memo is null)
        {
            return File.ReadAllBytes(realPath);
        }

        var before = NativeFiles.Stamp(realPath);
        if (Memo?.Get(realPath, before) is { } kept)
        {
            Log?.File(realPath, before, kept.Hash, before);
            return kept.Bytes;
        }

        var bytes = File.ReadAllBytes(realPath);
        var hash = InputLog.HashOf(bytes);
        var after = NativeFiles.Stamp(realPath);
        Log?.File(realPath, before, hash, after);
        Memo?.Keep(realPath, before, after, bytes, hash, InputCheck.NowNs());
        return bytes;
    }

    /// <summary>Opens a vetted file to read it forwards once, noting it in the log when it is disposed.</summary>
    public Stream OpenRead(string realPath)
    {
        var before = Log is null ? default : NativeFiles.Stamp(realPath);
        var stream = new FileStream(realPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Log is null ? stream : new HashingStream(stream, realPath, before, Log);
    }

    /// <summary>Whether <paramref name="path"/> (a plain path, not confined) is a folder, noted in the log.</summary>
    public bool FolderExists(string path)
    {
        var exists = Directory.Exists(path);
        Log?.Probe(null, FolderProbe + path, PlainDigest(FolderProbe + path));
        return exists;
    }

    /// <summary>Notes in the log what a plain path the user gave (--compare-to) is, links followed: its appearing is a change.</summary>
    public void NotePlainPath(string path) => Log?.Probe(null, KindProbe + path, PlainDigest(KindProbe + path));

    private const string FolderProbe = "folder-exists:";
    private const string KindProbe = "kind:";

    /// <summary>The answer to a plain-path probe as noted, asked again: the digest <see cref="InputCheck"/> compares.</summary>
    internal static string PlainDigest(string probe) =>
        probe.StartsWith(FolderProbe, StringComparison.Ordinal) ? (Directory.Exists(probe[FolderProbe.Length..]) ? "folder" : "none")
        : probe.StartsWith(KindProbe, StringComparison.Ordinal) ? NativeFiles.Kind(probe[KindProbe.Length..], followLinks: true).ToString()
        : "unknown probe";

    public string Root { get; }

    /// <summary>Lists one folder's entries (full paths); tests replace it to make a listing fail, which root cannot cause with permissions.</summary>
    internal Func<string, IEnumerable<string>> ListFolder { get; init; } = Directory.EnumerateFileSystemEntries;

    /// <summary>The root with every link resolved, resolved once: the boundary every real path is checked against.</summary>
    public string RealRoot { get; }

    /// <summary>Whether <paramref name="realPath"/> (already resolved) is the root or lies under it.</summary>
    public bool Contains(string realPath) => IsSameOrUnder(realPath, RealRoot);

    /// <summary>What <paramref name="relativePath"/> ('/' separators) is, checking every link on the way from the root.</summary>
    public SiteEntry Classify(string relativePath)
    {
        var entry = ClassifyPath(relativePath);
        Log?.Probe(Identity, relativePath, Digest(entry));
        return entry;
    }

    /// <summary>The digest of a classification, as the log notes it: everything but the path it was asked for.</summary>
    internal static string Digest(SiteEntry entry) => InputLog.Digest(entry.Kind.ToString(), entry.RealPath, entry.Detail, entry.IsFolder ? "folder" : "file");

    /// <summary>
    /// The digest of one folder's listing (its real path): every name, and what <see cref="Examine"/> makes of it,
    /// the same digest a walk notes when it lists the folder. A rebuild compares the two.
    /// </summary>
    internal string FolderDigest(string realFolder)
    {
        var digest = new FolderDigestBuilder();
        try
        {
            foreach (var name in Names(realFolder))
            {
                var lexical = Path.Combine(realFolder, name);
                digest.Add(name, Examine(name, lexical, lexical));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FolderDigestBuilder.Unreadable(ex);
        }

        return digest.Finish();
    }

    private string[] Names(string realFolder) => [.. ListFolder(realFolder).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private SiteEntry ClassifyPath(string relativePath)
    {
        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p is "." or ".."))
        {
            return new SiteEntry(_prefix + relativePath, string.Empty, EntryKind.Outside, "the path has a '.' or '..' segment, which OkrSite does not follow");
        }

        var lexical = Root;
        var real = RealRoot;
        for (var i = 0; i < parts.Length; i++)
        {
            var display = _prefix + string.Join('/', parts[..(i + 1)]);

            lexical = Path.Combine(lexical, parts[i]);
            var (entry, kind, nextReal) = Examine(display, lexical, Path.Combine(real, parts[i]));
            if (entry is not null)
            {
                // A link on the way to the path is a folder, whatever the message assumed.
                return i < parts.Length - 1 ? entry with { Detail = entry.Detail.Replace("the file is", "the folder is", StringComparison.Ordinal), IsFolder = true } : entry;
            }

            real = nextReal;
            if (i < parts.Length - 1 && kind != NodeType.Directory)
            {
                return new SiteEntry(display, real, EntryKind.Missing);
            }

            if (i == parts.Length - 1)
            {
                return Final(display, real, kind);
            }
        }

        return new SiteEntry(_prefix, RealRoot, EntryKind.Folder);
    }

    /// <summary>
    /// The files under <paramref name="relativeFolder"/> whose names <paramref name="wanted"/> accepts, down to
    /// <paramref name="maxDepth"/> levels (1: the folder's own files). Problems are reported for entries that would
    /// have been read: a wanted name, or a folder the walk would have entered.
    /// </summary>
    public FolderListing List(string relativeFolder, int maxDepth, Func<string, bool> wanted)
    {
        var start = relativeFolder.Length == 0 ? new SiteEntry(_prefix, RealRoot, EntryKind.Folder) : Classify(relativeFolder);
        if (start.Kind is EntryKind.Missing or EntryKind.File)
        {
            return FolderListing.Empty;
        }

        if (start.Kind != EntryKind.Folder)
        {
            return new FolderListing([], [start]);
        }

        var walk = new Walk(this, maxDepth, wanted);
        walk.Folder(start.Path, start.RealPath, 1);
        return walk.Result();
    }

    /// <summary>The message path of a real path inside the root.</summary>
    private string Display(string real) =>
        _prefix + (real == RealRoot ? "." : Path.GetRelativePath(RealRoot, real).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>
    /// One path: a problem entry, or its kind (links followed) and its real path. <paramref name="real"/> is where the
    /// entry is when it is not a link (its folder's real path and its name).
    /// </summary>
    private (SiteEntry? Problem, NodeType Kind, string Real) Examine(string display, string lexical, string real)
    {
        var (kind, error) = NativeFiles.Kind(lexical, followLinks: false);
        if (kind == NodeType.None)
        {
            return error is NativeFiles.ENOENT or NativeFiles.ENOTDIR
                ? (new SiteEntry(display, real, EntryKind.Missing), kind, real)
                : (new SiteEntry(display, real, EntryKind.Unreadable, $"the entry cannot be examined (error {error})"), kind, real);
        }

        if (kind != NodeType.Link)
        {
            return (null, kind, real);
        }

        var target = LinkText(lexical);
        var (resolved, resolveError) = NativeFiles.RealPath(lexical);
        if (resolved is null)
        {
            return resolveError switch
            {
                NativeFiles.ELOOP => (new SiteEntry(display, real, EntryKind.Loop, $"the link to '{target}' leads back to itself (a loop of links); it is skipped"), kind, real),
                NativeFiles.ENOENT or NativeFiles.ENOTDIR => (new SiteEntry(display, real, EntryKind.Dangling, $"the file is a link to '{target}', which does not exist"), kind, real),
                _ => (new SiteEntry(display, real, EntryKind.Unreadable, $"the link to '{target}' cannot be followed (error {resolveError})"), kind, real),
            };
        }

        if (!Contains(resolved))
        {
            var isFolder = NativeFiles.Kind(resolved, followLinks: true).Kind == NodeType.Directory;
            return (new SiteEntry(display, string.Empty, EntryKind.Outside, $"{(isFolder ? "the folder" : "the file")} is a link to '{target}', outside {_rootName}; OkrSite reads nothing outside {_rootName}") { IsFolder = isFolder }, kind, resolved);
        }

        return (null, NativeFiles.Kind(resolved, followLinks: true).Kind, resolved);
    }

    private static SiteEntry Final(string display, string real, NodeType kind) => kind switch
    {
        NodeType.Regular => new SiteEntry(display, real, EntryKind.File),
        NodeType.Directory => new SiteEntry(display, real, EntryKind.Folder),
        _ => new SiteEntry(display, real, EntryKind.Special, $"the file is {Describe(kind)}, not a regular file; OkrSite does not open it (it could block the build for ever)"),
    };

    private static string Describe(NodeType kind) => kind switch
    {
        NodeType.Fifo => "a FIFO (named pipe)",
        NodeType.Socket => "a socket",
        NodeType.CharacterDevice => "a character device",
        NodeType.BlockDevice => "a block device",
        _ => "a special file",
    };

    private static string LinkText(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static bool IsSameOrUnder(string path, string folder)
    {
        if (path == folder)
        {
            return true;
        }

        var withSeparator = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(withSeparator, StringComparison.Ordinal);
    }

    /// <summary>The state of one <see cref="List"/>: folders seen, files found, problems met.</summary>
    private sealed class Walk(SiteFileSystem fs, int maxDepth, Func<string, bool> wanted)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<SiteEntry> _files = [];
        private readonly List<SiteEntry> _problems = [];
        private readonly List<SiteEntry> _loopLinks = [];

        public void Folder(string display, string real, int depth)
        {
            _visited.Add(real);
            string[] names;
            try
            {
                names = fs.Names(real);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                fs.Log?.Folder(fs.Identity, real, FolderDigestBuilder.Unreadable(ex));
                _problems.Add(new SiteEntry(display, real, EntryKind.Unreadable, $"the folder cannot be listed: {ex.Message}; check its permissions") { IsFolder = true });
                return;
            }

            var digest = fs.Log is null ? null : new FolderDigestBuilder();
            foreach (var name in names)
            {
                var entryDisplay = display.Length == 0 || display.EndsWith(':') ? display + name : $"{display}/{name}";
                var lexical = Path.Combine(real, name);
                var examined = fs.Examine(entryDisplay, lexical, lexical);
                digest?.Add(name, examined);
                Entry(entryDisplay, real, name, depth, examined);
            }

            if (digest is not null)
            {
                fs.Log!.Folder(fs.Identity, real, digest.Finish());
            }
        }

        public FolderListing Result()
        {
            if (_loopLinks.Count == 1)
            {
                _problems.Add(_loopLinks[0]);
            }
            else if (_loopLinks.Count > 1)
            {
                // Links that point at each other are one mistake: one message names them all.
                var names = string.Join(", ", _loopLinks.Select(l => $"'{l.Path}'"));
                _problems.Add(new SiteEntry(_loopLinks[0].Path, string.Empty, EntryKind.Loop, $"the links {names} lead to each other in a loop and never to a file; they are skipped"));
            }

            return new FolderListing([.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)], _problems);
        }

        private void Entry(string display, string folderReal, string name, int depth, (SiteEntry? Problem, NodeType Kind, string Real) examined)
        {
            var lexical = Path.Combine(folderReal, name);
            var (problem, kind, real) = examined;
            var enters = depth < maxDepth;
            if (problem is not null)
            {
                if (problem.Kind == EntryKind.Loop)
                {
                    if (wanted(name) || enters)
                    {
                        _loopLinks.Add(problem);
                    }
                }
                else if (problem.Kind != EntryKind.Missing && (problem.IsFolder ? enters : wanted(name)))
                {
                    _problems.Add(problem);
                }

                return;
            }

            switch (kind)
            {
                case NodeType.Regular when wanted(name):
                    _files.Add(new SiteEntry(display, real, EntryKind.File));
                    break;
                case NodeType.Directory when enters:
                    if (real != lexical && IsSameOrUnder(folderReal, real))
                    {
                        _problems.Add(new SiteEntry(display, string.Empty, EntryKind.Loop, $"the folder is a link to '{fs.Display(real)}', which contains the link itself (a cycle); it is skipped") { IsFolder = true });
                    }
                    else if (_visited.Contains(real))
                    {
                        _problems.Add(new SiteEntry(display, string.Empty, EntryKind.Loop, $"the folder is a link to '{fs.Display(real)}', which is read already; it is skipped") { IsFolder = true });
                    }
                    else
                    {
                        Folder(display, real, depth + 1);
                    }

                    break;
                case NodeType.Regular or NodeType.Directory or NodeType.Link or NodeType.None:
                    break;
                default:
                    if (wanted(name))
                    {
                        _problems.Add(Final(display, real, kind));
                    }

                    break;
            }
        }
    }
}

/// <summary>The digest of a folder's entries: each name with its kind, its real path and, for a problem, what is wrong.</summary>
internal sealed class FolderDigestBuilder
{
    private readonly System.IO.Hashing.XxHash128 _hash = new();

    public void Add(string name, (SiteEntry? Problem, NodeType Kind, string Real) examined)
    {
        var (problem, kind, real) = examined;
        _hash.Append(System.Text.Encoding.UTF8.GetBytes(InputLog.Digest(name, kind.ToString(), real, problem is null ? null : SiteFileSystem.Digest(problem))));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public static string Unreadable(Exception ex) => InputLog.Digest("unreadable", ex.GetType().Name, ex.Message);
}
