using System.Text.Json;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// Rendered pages kept between builds in the cache folder's pages/ (opened, locked and pruned with the charts by
/// <see cref="ChartCache"/>), keyed by <see cref="PageKeys"/>: the hash of everything a page is rendered from. A
/// page whose key the cache has goes into the output as a link to the cached file, without running its template;
/// any other page is rendered and stored. An entry is its HTML and a small meta file written after it that gives
/// the HTML's length: a missing, unreadable or damaged entry (a file of another length, a link, a FIFO) is
/// rendered again and replaced. This is a cache of the one render, not a second way to make a page.
/// </summary>
internal sealed class PageCache
{
    private const string PageSuffix = ".html";

    /// <summary>The endings of a page entry's files, and of the other files kept with them: what <see cref="CacheEntries.Prune"/> may remove.</summary>
    public static readonly string[] Suffixes = [PageSuffix, ".json", KpiDataFile.CacheSuffix];

    private readonly CacheEntries? _entries;
    private int _hits;
    private int _otherHits;
    private int _misses;

    internal PageCache(CacheEntries? entries)
    {
        _entries = entries;
    }

    /// <summary>No cache: every page is rendered (--no-cache, or a cache folder that is not OkrSite's).</summary>
    public static PageCache None { get; } = new(null);

    public bool Enabled => _entries is not null;

    /// <summary>Pages taken from the cache by this build.</summary>
    public int Hits => _hits;

    /// <summary>Pages this build rendered and stored.</summary>
    public int Misses => _misses;

    /// <summary>Files other than pages (KPI data files) taken from the cache by this build; not counted as pages.</summary>
    public int FileHits => _otherHits;

    /// <summary>
    /// Puts the page with cache key <paramref name="key"/> into <paramref name="output"/> as <paramref name="path"/>,
    /// rendering it only when the cache does not have it; a null key (a view the key cannot read) is always rendered.
    /// </summary>
    /// <param name="suffix">The ending of the entry's file: ".html" for a page, another for a file of another kind.</param>
    public void Put(string? key, Func<byte[]> render, IOutputSink output, string path, string suffix = PageSuffix)
    {
        if (key is null || _entries?.Use(key) is not { } entry)
        {
            output.Write(path, render());
            return;
        }

        var (meta, html) = (entry + ".json", entry + suffix);
        try
        {
            // A link or FIFO at an entry's name is never read through: the page is rendered again and replaces it.
            if (FileKind.Stat(html) is (EntryKind.File, var size) && FileKind.Of(meta) == EntryKind.File
                && JsonSerializer.Deserialize(File.ReadAllBytes(meta), CacheJson.Default.PageMeta) is { } cached && cached.Length == size)
            {
                output.WriteFrom(path, html);
                Interlocked.Increment(ref suffix == PageSuffix ? ref _hits : ref _otherHits);
                return;
            }
        }
        catch (Exception ex) when (ex is (IOException or JsonException or UnauthorizedAccessException) and not OutputWriteException)
        {
            // Rendered again below.
        }

        if (suffix == PageSuffix)
        {
            Interlocked.Increment(ref _misses);
        }

        var bytes = render();
        try
        {
            CacheEntries.Store(html, bytes);

            // The meta file goes last: its presence says the entry is complete.
            CacheEntries.Store(meta, JsonSerializer.SerializeToUtf8Bytes(new PageMeta(bytes.Length), CacheJson.Default.PageMeta));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time.
            output.Write(path, bytes);
            return;
        }

        // Linked like a chart: the page's bytes are written to disk once, into the cache.
        output.WriteFrom(path, html);
    }

    /// <summary>Removes the entries of pages this build did not put (see <see cref="CacheEntries.Prune"/>).</summary>
    public void Prune() => _entries?.Prune();
}

/// <summary>What the cache knows of a page entry besides its HTML: the HTML's length, to tell a damaged file.</summary>
internal sealed record PageMeta(long Length);
