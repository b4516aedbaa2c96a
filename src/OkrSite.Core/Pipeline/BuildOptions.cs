using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>What the command line asks of one build. <see cref="OutputDirectory"/> null means &lt;site&gt;/_site.</summary>
/// <see cref="CacheDirectory"/> null means &lt;site&gt;/.okrsite-cache; <see cref="UseCache"/> false draws every chart again.
public sealed record BuildOptions(
    string SiteDirectory,
    string? OutputDirectory = null,
    DateOnly? AsOf = null,
    Period? Period = null,
    bool Write = true,
    bool WarningsAsErrors = false,
    string? CacheDirectory = null,
    bool UseCache = true)
{
    public const string DefaultCacheFolder = ".okrsite-cache";

    /// <summary>How long a build waits for another one writing the same output unless told otherwise.</summary>
    public static TimeSpan DefaultLockTimeout => SitePublisher.DefaultLockTimeout;

    /// <summary>How long to wait for another build writing the same output (--lock-timeout).</summary>
    public TimeSpan LockTimeout { get; init; } = DefaultLockTimeout;

    /// <summary>Told once, with a line to show the user, when the build waits for another build's lock.</summary>
    public Action<string>? Waiting { get; init; }

    /// <summary>Told when each stage starts and ends, on the thread that runs the build (the command line's progress display).</summary>
    public Action<StageProgress>? Progress { get; init; }

    /// <summary>
    /// Replaces site.json baseUrl for this build (--base-url, and serve, which serves under the path part): a path
    /// starting with '/' or an http(s) URL, checked with <see cref="BaseUrlProblem"/> first. Null keeps site.json's.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// A previous report.json to compare this build with (--compare-to: a path as the user wrote it, read where it
    /// is); replaces site.json compareTo. Null keeps site.json's.
    /// </summary>
    public string? CompareTo { get; init; }

    /// <summary>Why <paramref name="value"/> cannot be a base URL (the rule site.json's baseUrl follows), or null when it can.</summary>
    public static string? BaseUrlProblem(string value) => Load.Config.BaseUrl.Problem(value);

    /// <summary>
    /// okrsite freeze: the period being frozen. Its archive, if there is one, is neither shown nor checked for drift,
    /// so the build computes the period from the live inputs, and <see cref="BuildResult.Archive"/> holds the new one.
    /// </summary>
    public Period? Freeze { get; init; }

    /// <summary>The day recorded as an archive's frozenOn (<see cref="Freeze"/>): the command's clock, injected.</summary>
    public DateOnly FrozenOn { get; init; }

    /// <summary>
    /// Content and data files parsed by earlier builds of this process, reused while their bytes are the same (serve
    /// keeps one across rebuilds). Null, as for okrsite build, parses every file.
    /// </summary>
    public Load.LoadCache? LoadCache { get; init; }

    /// <summary>
    /// The bytes of the files earlier builds of this process read, handed out again while a file's size, modification
    /// time and inode are unchanged (and were not racy when read), so a save reads and hashes only the files it
    /// changed (serve keeps one across rebuilds). Null, as for okrsite build, reads every file.
    /// </summary>
    public ReadMemo? Reads { get; init; }

    /// <summary>
    /// okrsite serve: render nothing up front; the result's <see cref="BuildResult.OnDemand"/> makes each file when
    /// asked for, with the same code and bytes as a build, reusing this cache's charts and pages of earlier builds.
    /// Only with <see cref="Write"/> false. Null, as for okrsite build, renders every file.
    /// </summary>
    public OnDemandCache? OnDemand { get; init; }

    /// <summary>
    /// Skip the build when nothing it would read changed since the last recorded build of the same output and that
    /// output is exactly as written (okrsite build, unless --no-cache): the record of the inputs, the output's
    /// stamps, the diagnostics and the summary lives in the cache folder (<see cref="BuildRecords"/>). Only a build
    /// that writes, with a cache, and not a freeze; a build with errors is never recorded.
    /// </summary>
    public bool SkipUnchanged { get; init; }

    public string ResolvedOutput => OutputDirectory ?? Path.Combine(SiteDirectory, "_site");

    public string? ResolvedCache => UseCache ? CacheDirectory ?? Path.Combine(SiteDirectory, DefaultCacheFolder) : null;
}
