using System.Diagnostics;
using System.Globalization;
using OkrSite.Core.Load;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Serve;

/// <summary>
/// okrsite serve without the command line: a <see cref="PreviewServer"/> answering from the latest build, a
/// <see cref="SiteWatcher"/> on the folders a build reads and a <see cref="Rebuilder"/> between them. Builds go
/// into memory (the chart cache is shared with okrsite build, so a rebuild draws only changed charts); the
/// site's output folder is never written. Tests start it on port 0 and dispose it.
/// </summary>
internal sealed class SitePreview : IAsyncDisposable
{
    /// <summary>Hugo's, which users of static-site generators know; the next ones are tried when it is taken.</summary>
    public const int DefaultPort = 1313;

    public const int PortsTried = 10;

    private readonly Settings _settings;
    private readonly string _site;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly TimeProvider _clock;
    private readonly SiteVersions _versions;
    private readonly SiteWatcher _watcher;
    // What the previous builds parsed: a save reparses only the files whose bytes changed.
    private readonly LoadCache _parsed = new();

    // The bytes the previous builds read, by file stamp: a save re-reads only the files whose stamp moved.
    private readonly Core.Load.FileSystem.ReadMemo _read = new();

    // What the previous builds drew and rendered: a page or chart whose key is unchanged is not made again.
    private readonly OnDemandCache _made = new();

    // The last successful build's diagnostics: a rebuild prints only the warnings that are new (DiagnosticEcho).
    private HashSet<Core.Diagnostics.Diagnostic>? _warned;
    private PreviewServer? _server;
    private Rebuilder? _rebuilder;
    private SiteSnapshot _current;

    /// <summary>What to serve and how.</summary>
    /// <param name="Port">null: <see cref="DefaultPort"/> or one of the next free ones; 0: any free port.</param>
    public sealed record Settings(string SiteDirectory, int? Port = null, DateOnly? AsOf = null, Period? Period = null)
    {
        public TimeSpan Quiet { get; init; } = Rebuilder.DefaultQuiet;

        /// <summary>Print each build's stages and each page made on request with their times (serve --timings).</summary>
        public bool Timings { get; init; }
    }

    private SitePreview(Settings settings, TextWriter output, TextWriter error, TimeProvider clock)
    {
        _settings = settings;
        _site = Path.GetFullPath(settings.SiteDirectory);
        _output = output;
        _error = error;
        _clock = clock;
        _current = SiteSnapshot.Building(SiteInputs.Read(_site).BasePath);
        _versions = new SiteVersions(_current.Version);
        _watcher = new SiteWatcher(_site, path => _rebuilder?.Changed(path));
    }

    /// <summary>The latest build as served.</summary>
    public SiteSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The site's address: the server and the base path.</summary>
    public Uri Url => new(Server.Root, Current.BasePath);

    public PreviewServer Server => _server ?? throw new InvalidOperationException("the preview is not started");

    /// <summary>How many builds have finished (the first included).</summary>
    public int BuildCount => _rebuilder?.BuildCount ?? 0;

    /// <summary>The folders watched now.</summary>
    public IReadOnlyList<string> Watched => _watcher.Watched;

    /// <summary>Listens, then starts the first build in the background (a request before it ends gets a page that waits for it).</summary>
    /// <exception cref="PortUnavailableException">The port asked for, or every default port, is taken.</exception>
    /// <param name="listening">Told the site's URL once the server listens, before the first build prints anything.</param>
    public static async Task<SitePreview> StartAsync(Settings settings, TextWriter output, TextWriter error, TimeProvider? clock = null, Action<Uri>? listening = null)
    {
        var preview = new SitePreview(settings, output, error, clock ?? TimeProvider.System);
        try
        {
            preview._server = await ListenAsync(settings.Port, () => preview.Current, preview._versions, preview.Failed, settings.Timings ? preview.Made : null).ConfigureAwait(false);
            listening?.Invoke(preview.Url);
            preview._rebuilder = new Rebuilder(preview.Build, preview._clock, settings.Quiet);
            return preview;
        }
        catch
        {
            await preview.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops listening first (the port is free at once), then waits a moment for a running build.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        if (_rebuilder is not null)
        {
            await _rebuilder.StopAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
    }

    private static async Task<PreviewServer> ListenAsync(int? port, Func<SiteSnapshot> site, SiteVersions versions, Action<IReadOnlyList<Core.Diagnostics.Diagnostic>> failed, Action<string, TimeSpan>? made)
    {
        if (port is { } asked)
        {
            return await PreviewServer.StartAsync(asked, site, versions, failed, made).ConfigureAwait(false);
        }

        for (var candidate = DefaultPort; ; candidate++)
        {
            try
            {
                return await PreviewServer.StartAsync(candidate, site, versions, failed, made).ConfigureAwait(false);
            }
            catch (PortUnavailableException busy) when (busy.Reason is null && candidate < DefaultPort + PortsTried - 1)
            {
            }
        }
    }

    /// <summary>One build, run by the <see cref="Rebuilder"/>: never throws, so the server outlives any build.</summary>
    private void Build(IReadOnlyList<string> changed)
    {
        var started = Stopwatch.GetTimestamp();
        var cause = Cause(changed);
        try
        {
            // A file the watcher names is read again whatever its stamp says (a tool may keep size and time).
            foreach (var path in changed)
            {
                _read.Forget(_site, path);
            }

            var inputs = SiteInputs.Read(_site);
            _watcher.Watch(inputs.Folders);
            QuietGc.BeforeBuild();
            var result = SiteBuilder.Build(new BuildOptions(_site, AsOf: _settings.AsOf, Period: _settings.Period, Write: false)
            {
                BaseUrl = inputs.BasePath,
                LoadCache = _parsed,
                Reads = _read,
                OnDemand = _made,
                Waiting = line => _error.WriteLine($"okrsite: {line}"),
            });
            // Open pages reload first: what the build prints must not keep them waiting.
            var previous = Current;
            var next = result is { Succeeded: true, OnDemand: { } made } ? SiteSnapshot.Built(inputs.BasePath, made) : SiteSnapshot.Failed(previous, inputs.BasePath, result.Diagnostics);
            Volatile.Write(ref _current, next);
            _versions.Publish(next.Version);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var printed = DiagnosticEcho.ToPrint(_warned, result.Diagnostics);
            foreach (var diagnostic in printed)
            {
                _error.WriteLine(diagnostic.ToString());
            }

            if (result.Succeeded)
            {
                _warned = [.. result.Diagnostics];
            }

            var what = result.Succeeded
                ? string.Create(CultureInfo.InvariantCulture, $"built {next.PageCount} pages in {Duration(elapsed)}")
                : $"build failed in {Duration(elapsed)}";
            var shown = result.Succeeded ? string.Empty : " (the browser shows them)";
            var unchanged = result.Diagnostics.Count - printed.Count;
            var repeated = unchanged > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({unchanged} as before, not printed again)") : string.Empty;
            _output.WriteLine($"{Time()} {cause}{what}, {Commands.BuildReport.Summary(result)}{repeated}{shown}");
            if (_settings.Timings)
            {
                _output.WriteLine("  " + string.Join(" · ", result.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"))));
            }

            if (previous.BasePath != next.BasePath && !previous.IsBuilding)
            {
                _output.WriteLine($"{Time()} baseUrl changed: the site is now at {new Uri(Server.Root, next.BasePath)}");
            }
        }
        catch (Exception ex)
        {
            // A bug in the build, not in the site: say so once and keep serving the last version.
            _error.WriteLine($"okrsite: error: internal error ({ex.GetType().Name}: {ex.Message}). This is a bug in OkrSite: please report it with the files that caused it; the preview keeps the last version.");
        }
        finally
        {
            QuietGc.AfterBuild();
        }
    }

    /// <summary>serve --timings: a page made on request (its view, key and template, or its key found), and how long it took.</summary>
    private void Made(string path, TimeSpan elapsed) =>
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  page {path} made in {elapsed.TotalMilliseconds:0} ms"));

    /// <summary>A file made on request failed (a template error): the terminal shows what the browser shows.</summary>
    private void Failed(IReadOnlyList<Core.Diagnostics.Diagnostic> errors)
    {
        foreach (var diagnostic in errors)
        {
            _error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>
    /// The change a rebuild line names: the latest file that still exists (not an editor's temporary file, renamed
    /// away by the time the build runs), else the latest removed one.
    /// </summary>
    private string Cause(IReadOnlyList<string> changed)
    {
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var named = changed.LastOrDefault(p => Path.Exists(Path.IsPathRooted(p) ? p : Path.Combine(_site, p))) ?? changed[^1];
        return changed.Count == 1 ? $"{named} changed: " : string.Create(CultureInfo.InvariantCulture, $"{named} and {changed.Count - 1} more changed: ");
    }

    private string Time() => _clock.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan elapsed) =>
        elapsed.TotalSeconds < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");
}
