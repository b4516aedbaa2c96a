namespace OkrSite.Cli.Serve;

/// <summary>
/// Runs the builds <see cref="RebuildSchedule"/> asks for, one at a time on a background task: the first at once,
/// then one per burst of changes. The build is given the files that changed since the last one, latest last (for
/// its message), and must not throw.
/// </summary>
internal sealed class Rebuilder : IAsyncDisposable
{
    /// <summary>
    /// Long enough to take in an editor's save (write, rename, touch: their events come within a few milliseconds),
    /// short enough not to be felt: it is part of every save's wait for the reloaded page (issue 15: under 300 ms). A
    /// burst that outlasts it (a long CSV export) costs one build more, which the builds' version then makes a no-op
    /// for open pages when nothing changed in between.
    /// </summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(50);

    private const int MaxPathsKept = 20;

    private readonly Action<IReadOnlyList<string>> _build;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly List<string> _changed = [];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private RebuildSchedule _schedule;
    private int _builds;
    private volatile bool _stopped;

    public Rebuilder(Action<IReadOnlyList<string>> build, TimeProvider clock, TimeSpan quiet)
    {
        _build = build;
        _clock = clock;
        _schedule = new RebuildSchedule(quiet).Now(clock.GetUtcNow());
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>How many builds have finished.</summary>
    public int BuildCount => Volatile.Read(ref _builds);

    /// <summary>A watched file changed (any thread).</summary>
    public void Changed(string path)
    {
        // A FileSystemWatcher still delivers events it had queued after it is disposed (a watched folder deleted as
        // serve stops): they come too late to build anything and must not reach the disposed wake-up.
        if (_stopped)
        {
            return;
        }

        lock (_gate)
        {
            _schedule = _schedule.Changed(_clock.GetUtcNow());
            // Latest last: an editor's save ends with the real name (after its temporary file's).
            _changed.Remove(path);
            if (_changed.Count == MaxPathsKept)
            {
                _changed.RemoveAt(0);
            }

            _changed.Add(path);
        }

        // One wake-up is enough however many events arrive before the loop looks.
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (ObjectDisposedException)
        {
            // Stopped between the check above and here: the event is as late as one after it.
        }
    }

    /// <summary>
    /// Stops after the running build, waiting for it at most <paramref name="patience"/>: Ctrl+C must not wait for a
    /// large site's build (what it leaves behind is only the chart cache, whose files are written whole).
    /// </summary>
    public async ValueTask StopAsync(TimeSpan patience)
    {
        _stopped = true;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.WaitAsync(patience).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
        }

        // A build still running keeps using them; the process is ending then anyway.
        if (_loop.IsCompleted)
        {
            _stop.Dispose();
            _wake.Dispose();
        }
    }

    public ValueTask DisposeAsync() => StopAsync(Timeout.InfiniteTimeSpan);

    private async Task LoopAsync()
    {
        Task? woken = null;
        while (!_stop.IsCancellationRequested)
        {
            bool start;
            DateTimeOffset? due;
            IReadOnlyList<string> paths = [];
            var now = _clock.GetUtcNow();
            lock (_gate)
            {
                _schedule = _schedule.TryStart(now, out start, out _);
                if (start)
                {
                    paths = [.. _changed];
                    _changed.Clear();
                }

                due = _schedule.DueAt;
            }

            if (start)
            {
                try
                {
                    _build(paths);
                }
                finally
                {
                    lock (_gate)
                    {
                        _schedule = _schedule.Finished();
                    }

                    Interlocked.Increment(ref _builds);
                }

                continue;
            }

            woken ??= _wake.WaitAsync(_stop.Token);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var delay = due is { } at ? Task.Delay(Max(at - now, TimeSpan.Zero), _clock, wait.Token) : Task.Delay(Timeout.InfiniteTimeSpan, _clock, wait.Token);
            await Task.WhenAny(woken, delay).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
            if (woken.IsCompleted)
            {
                woken = null;
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
