using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Serve;

/// <summary>
/// One FileSystemWatcher per folder a build reads (<see cref="SiteInputs"/>), reporting each relevant change by
/// its path. <see cref="Watch"/> is called before every build: it starts watching folders that appeared and
/// renews every watcher after a folder was replaced (a checkout, a restored backup) or a watcher lost events.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly string _siteRoot;
    private readonly Action<string> _changed;
    private readonly Lock _gate = new();
    private List<(WatchedFolder Folder, FileSystemWatcher? Watcher)> _watchers = [];
    private bool _renew;

    /// <param name="changed">Told the path of each change (relative to the site folder when inside it); any thread.</param>
    public SiteWatcher(string siteRoot, Action<string> changed)
    {
        _siteRoot = Path.GetFullPath(siteRoot);
        _changed = changed;
    }

    /// <summary>The folders watched now (those that exist).</summary>
    public IReadOnlyList<string> Watched
    {
        get
        {
            lock (_gate)
            {
                return [.. _watchers.Where(w => w.Watcher is not null).Select(w => w.Folder.Path)];
            }
        }
    }

    public void Watch(IReadOnlyList<WatchedFolder> folders)
    {
        lock (_gate)
        {
            var same = !_renew
                && folders.Count == _watchers.Count
                && folders.Zip(_watchers).All(p => p.First == p.Second.Folder && Directory.Exists(p.First.Path) == (p.Second.Watcher is not null));
            if (same)
            {
                return;
            }

            // The new watchers start before the old ones stop, so no edit falls between them.
            var old = _watchers;
            _renew = false;
            _watchers = [.. folders.Select(f => (f, Start(f)))];
            foreach (var (_, watcher) in old)
            {
                watcher?.Dispose();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (_, watcher) in _watchers)
            {
                watcher?.Dispose();
            }

            _watchers = [];
        }
    }

    private FileSystemWatcher? Start(WatchedFolder folder)
    {
        if (!Directory.Exists(folder.Path))
        {
            return null;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(folder.Path)
            {
                IncludeSubdirectories = folder.Recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, e) => OnEvent(folder, e.FullPath, structural: true);
            watcher.Deleted += (_, e) => OnEvent(folder, e.FullPath, structural: true);
            watcher.Changed += (_, e) => OnEvent(folder, e.FullPath, structural: false);
            watcher.Renamed += (_, e) =>
            {
                OnEvent(folder, e.OldFullPath, structural: true);
                OnEvent(folder, e.FullPath, structural: true);
            };
            watcher.Error += (_, _) => Lost(folder);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Gone between the check and the watch, or too many watches (inotify's limit): the next build tries again.
            watcher?.Dispose();
            lock (_gate)
            {
                _renew = true;
            }

            return null;
        }
    }

    private void OnEvent(WatchedFolder folder, string fullPath, bool structural)
    {
        var relative = Path.GetRelativePath(_siteRoot, fullPath);
        var inSite = !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        var shown = inSite ? relative.Replace('\\', '/') : fullPath;
        if (!WatchFilter.IsRelevant(inSite ? relative : Path.GetRelativePath(folder.Path, fullPath)))
        {
            return;
        }

        // A folder made, removed or renamed in a non-recursive watch (the site folder) may be one that is watched
        // on its own, whose watcher now watches nothing: renew them all before the next build.
        if (structural && !folder.Recursive)
        {
            lock (_gate)
            {
                _renew = true;
            }
        }

        _changed(shown);
    }

    private void Lost(WatchedFolder folder)
    {
        // The kernel's queue overflowed or the folder went away: some edits may be unseen, so rebuild and renew.
        lock (_gate)
        {
            _renew = true;
        }

        _changed(folder.Path);
    }
}
