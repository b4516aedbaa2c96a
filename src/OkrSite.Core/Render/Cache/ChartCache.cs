using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// Rendered charts kept between builds under a cache folder (CI can keep it, e.g. with actions/cache), keyed by the
/// content hash of their inputs: only charts whose data changed are drawn again, and a cached chart's SVG file goes
/// into the output as a link to the cache's file, without being read. Entries no build used are removed at the end
/// of the build, so the folder does not grow without bound. A damaged entry is simply drawn again.
/// The cache only ever writes into and prunes a folder it marked as its own with a CACHEDIR.TAG (the standard tag
/// that backup tools also honour), and only entries whose names it generates; a link inside it is never followed,
/// read through or pruned. Builds into different outputs may share one cache: each holds the cache's lock from
/// opening it to the end of <see cref="Prune"/>, so one build never prunes an entry another has just drawn.
/// The same folder and lock hold the rendered pages (<see cref="Pages"/>, in pages/ beside charts/).
/// </summary>
internal sealed partial class ChartCache : IDisposable
{
    public const string TagFile = "CACHEDIR.TAG";
    private const string Signature = "Signature: 8a477f597d28d172789f06886806bc55";
    private const string CreatedBy = "# This file is a cache directory tag created by OkrSite.";
    private static readonly byte[] Tag = Encoding.ASCII.GetBytes($"{Signature}\n{CreatedBy}\n# For information about cache directory tags, see https://bford.info/cachedir/\n");
    private readonly CacheEntries? _entries;
    private readonly OutputLock? _lock;
    private int _hits;
    private int _misses;

    /// <param name="charts">The cache's charts folder, already checked to be OkrSite's; null disables caching.</param>
    /// <param name="pages">The cache's pages folder, checked likewise; null when <paramref name="charts"/> is.</param>
    private ChartCache(string? charts, OutputLock? held = null, string? pages = null)
    {
        // ".dark.svg": the second file of a chart in caches of OkrSite before one SVG followed both schemes; pruned.
        _entries = charts is null ? null : new CacheEntries(charts, ".json", ".svg", ".dark.svg");
        _lock = held;
        Pages = pages is null ? PageCache.None : new PageCache(new CacheEntries(pages, PageCache.Suffixes));
    }

    public static ChartCache None { get; } = new(null);

    public int Hits => _hits;

    public int Misses => _misses;

    public bool Enabled => _entries is not null;

    /// <summary>The rendered pages kept in the same cache folder, under the same lock (pages/); pruned by <see cref="Prune"/> too.</summary>
    public PageCache Pages { get; }

    /// <summary>
    /// The cache in <paramref name="root"/> (null: no cache). A missing or empty folder is created and tagged as
    /// OkrSite's; a link is followed to its folder; a folder that is not OkrSite's is left alone, with a warning,
    /// and the build draws every chart.
    /// </summary>
    /// <param name="lockTimeout">How long to wait for another build using the same cache; after that this build draws every chart itself.</param>
    /// <param name="waiting">Told once, with a line for the user, when another build holds the cache.</param>
    public static ChartCache Open(string? root, DiagnosticBag diagnostics, TimeSpan? lockTimeout = null, Action<string>? waiting = null)
    {
        if (root is null)
        {
            return None;
        }

        if (string.IsNullOrWhiteSpace(root))
        {
            return Refuse(diagnostics, root, "no cache folder was given; pass --cache-dir with a folder of its own, or --no-cache");
        }

        var full = Path.GetFullPath(root);
        try
        {
            var kind = FileKind.Of(full);
            if (kind == EntryKind.Link)
            {
                var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                kind = target is null ? EntryKind.Missing : FileKind.Of(target);
                if (kind != EntryKind.Directory)
                {
                    return Refuse(diagnostics, full, $"the cache folder '{full}' is a link to '{target}', which is not a folder");
                }

                full = Path.GetFullPath(target!);
            }

            if (kind is EntryKind.File or EntryKind.Special)
            {
                return Refuse(diagnostics, full, $"the cache folder '{full}' is a file, not a folder");
            }

            if (kind == EntryKind.Missing)
            {
                Directory.CreateDirectory(full);
            }

            if (!IsOurs(full))
            {
                // Empty, or only holding the tag another build is writing this very moment: OkrSite's to take. The
                // tag is asked for again after the listing: a build starting at the same moment may have renamed its
                // tag in (and made charts/) between the first look and the listing.
                if (!Directory.EnumerateFileSystemEntries(full).All(e => TagInProgress().IsMatch(Path.GetFileName(e))) && !IsOurs(full))
                {
                    return Refuse(diagnostics, full, $"the cache folder '{full}' is not empty and has no {TagFile} written by OkrSite, so OkrSite neither writes into it nor prunes it");
                }

                // Written aside and renamed in, so a build starting at the same time never reads half a tag.
                var temp = Path.Combine(full, $"{TagFile}.{Guid.NewGuid():N}.tmp");
                File.WriteAllBytes(temp, Tag);
                File.Move(temp, Path.Combine(full, TagFile), overwrite: true);
            }

            var charts = Path.Combine(full, "charts");
            var chartsKind = FileKind.Of(charts);
            if (chartsKind == EntryKind.Missing)
            {
                Directory.CreateDirectory(charts);
            }
            else if (chartsKind != EntryKind.Directory)
            {
                return Refuse(diagnostics, full, $"'{charts}' in the cache folder is a link or a file, not OkrSite's folder of charts");
            }

            var pages = Path.Combine(full, "pages");
            var pagesKind = FileKind.Of(pages);
            if (pagesKind == EntryKind.Missing)
            {
                Directory.CreateDirectory(pages);
            }
            else if (pagesKind != EntryKind.Directory)
            {
                return Refuse(diagnostics, full, $"'{pages}' in the cache folder is a link or a file, not OkrSite's folder of pages");
            }

            var timeout = lockTimeout ?? SitePublisher.DefaultLockTimeout;
            var held = OutputLock.Acquire(charts, timeout, pid =>
                waiting?.Invoke($"waiting for another build ({(pid is { } p ? string.Create(CultureInfo.InvariantCulture, $"pid {p}") : "pid unknown")}) to finish with the chart cache {full}…"));
            if (held is null)
            {
                diagnostics.Add(Codes.CacheBusy, new SourceSpan(full), string.Create(CultureInfo.InvariantCulture, $"another build was still using the chart cache '{full}' after {timeout.TotalSeconds:0} s (--lock-timeout); this build draws every chart itself"));
                return None;
            }

            return new ChartCache(charts, held, pages);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be made only costs time.
            return None;
        }
    }

    /// <summary>Releases the cache for the next build; call it once <see cref="Prune"/> is done.</summary>
    public void Dispose() => _lock?.Dispose();

    private static ChartCache Refuse(DiagnosticBag diagnostics, string folder, string why)
    {
        diagnostics.Add(Codes.CacheRefused, new SourceSpan(folder), $"{why}; building without the cache (pass --cache-dir with a new or empty folder, or delete this one once if it is an old OkrSite cache)");
        return None;
    }

    private static bool IsOurs(string root)
    {
        var tag = Path.Combine(root, TagFile);
        if (FileKind.Of(tag) != EntryKind.File)
        {
            return false;
        }

        using var file = new FileStream(tag, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var head = new byte[512];
        var text = Encoding.ASCII.GetString(head, 0, file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false));
        return text.StartsWith(Signature, StringComparison.Ordinal) && text.Contains(CreatedBy, StringComparison.Ordinal);
    }

    /// <summary>
    /// Puts the chart with content hash <paramref name="key"/> into <paramref name="output"/> as
    /// <paramref name="path"/>, building its spec and drawing it only when the cache does not have it.
    /// </summary>
    public ChartMeta Put(string key, Func<ChartSpec> spec, Func<ChartSpec, ChartImage> draw, IOutputSink output, string path)
    {
        ChartMeta Drawn(out ChartImage image)
        {
            var made = spec();
            image = draw(made);
            return new ChartMeta(image.AltText, image.Width, image.Height) { Legend = made.Legend };
        }

        if (_entries?.Use(key) is not { } entry)
        {
            var uncached = Drawn(out var drawn);
            output.Write(path, drawn.Utf8);
            return uncached;
        }

        var (meta, svg) = (entry + ".json", entry + ".svg");
        try
        {
            // A link or FIFO at an entry's name is never read through: the entry is drawn again and replaced.
            if (FileKind.Of(svg) == EntryKind.File && FileKind.Of(meta) == EntryKind.File
                && JsonSerializer.Deserialize(File.ReadAllBytes(meta), CacheJson.Default.ChartMeta) is { Legend: not null } cached)
            {
                output.WriteFrom(path, svg);
                Interlocked.Increment(ref _hits);
                return cached;
            }
        }
        catch (Exception ex) when (ex is (IOException or JsonException or UnauthorizedAccessException) and not OutputWriteException)
        {
            // Drawn again below.
        }

        Interlocked.Increment(ref _misses);
        var result = Drawn(out var image);
        try
        {
            CacheEntries.Store(svg, image.Utf8);

            // The meta file goes last: its presence says the entry is complete.
            CacheEntries.Store(meta, JsonSerializer.SerializeToUtf8Bytes(result, CacheJson.Default.ChartMeta));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time.
            output.Write(path, image.Utf8);
            return result;
        }

        // The output links the files just stored (each store is a new file, never rewritten in place), so the SVG
        // bytes are written to disk once, not twice: on a large site that is 1.5 GB less to write.
        output.WriteFrom(path, svg);
        return result;
    }

    /// <summary>
    /// Removes the chart and page entries this build did not use, and temporary files of killed builds (see
    /// <see cref="CacheEntries.Prune"/>). Call it once, after the pages are rendered.
    /// </summary>
    public void Prune()
    {
        _entries?.Prune();
        Pages.Prune();
    }

    [GeneratedRegex(@"\ACACHEDIR\.TAG\.[0-9a-f]{32}\.tmp\z", RegexOptions.CultureInvariant)]
    private static partial Regex TagInProgress();

}

/// <summary>What a page needs of a chart besides its files.</summary>
internal sealed record ChartMeta(string AltText, int Width, int Height)
{
    /// <summary>
    /// The chart's legend, kept so that a chart from the cache needs no spec; null in an entry without one, which is
    /// drawn again (serve's on-demand charts take theirs from the spec they draw).
    /// </summary>
    public IReadOnlyList<LegendEntry>? Legend { get; init; }
}
