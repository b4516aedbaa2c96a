using System.Collections.Concurrent;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// What serve's on-demand builds (<see cref="BuildOptions.OnDemand"/>) drew and rendered, kept in memory across its
/// rebuilds: each chart (by its path) with the chart cache's hash of everything it is drawn from, pages by their
/// <see cref="PageKeys"/> key. A rebuild then draws and renders again only what its inputs changed. The keys are the
/// build's own, so a hit is the bytes the render would give: a cache of the one render, not a second way to make it.
/// Thread-safe: requests render in parallel.
/// </summary>
public sealed class OnDemandCache
{
    // Pages not asked for in this many builds are dropped: every open page asks again after each rebuild.
    private const int PageGenerations = 8;

    private readonly ConcurrentDictionary<string, Drawn> _charts = new(StringComparer.Ordinal); // by chart key
    private readonly ConcurrentDictionary<string, PageEntry> _pages = new(StringComparer.Ordinal);
    private int _generation;
    private int _drawn;
    private int _rendered;

    /// <summary>Whether a build has drawn every chart once (the first build does, so that pages never wait for many).</summary>
    internal bool Warm { get; set; }

    /// <summary>Charts drawn and pages rendered, over every build (a hit counts neither).</summary>
    internal (int Charts, int Pages) Made => (Volatile.Read(ref _drawn), Volatile.Read(ref _rendered));

    internal int ChartCount => _charts.Count;

    /// <summary>Starts a build: drops the charts it no longer has and the pages not asked for lately.</summary>
    internal int Begin(IReadOnlySet<string> chartKeys)
    {
        var generation = Interlocked.Increment(ref _generation);
        foreach (var key in _charts.Keys)
        {
            if (!chartKeys.Contains(key))
            {
                _charts.TryRemove(key, out _);
            }
        }

        foreach (var (key, entry) in _pages)
        {
            if (entry.Generation < generation - PageGenerations)
            {
                _pages.TryRemove(key, out _);
            }
        }

        return generation;
    }

    /// <summary>
    /// The chart <paramref name="key"/> drawn from what <paramref name="hash"/> names: kept while its hash stays the
    /// same, drawn once however many ask at once, replaced when the hash changes (one entry per chart).
    /// </summary>
    internal ChartImage Chart(string key, string hash, Func<ChartImage> draw)
    {
        var drawn = _charts.AddOrUpdate(
            key,
            _ => Draw(hash, draw),
            (_, old) => old.Hash == hash ? old : Draw(hash, draw));
        try
        {
            return drawn.Image.Value;
        }
        catch
        {
            // A drawing that failed is not kept: the next request tries again.
            _charts.TryRemove(new KeyValuePair<string, Drawn>(key, drawn));
            throw;
        }
    }

    /// <summary>A chart drawn by the eager pass of the first build.</summary>
    internal void AddChart(string key, string hash, ChartImage image) => _charts[key] = new Drawn(hash, new Lazy<ChartImage>(image));

    private Drawn Draw(string hash, Func<ChartImage> draw) => new(hash, new Lazy<ChartImage>(() =>
    {
        Interlocked.Increment(ref _drawn);
        return draw();
    }));

    /// <summary>The page whose key is <paramref name="key"/>; rendered when the cache lacks it (and always for a null key).</summary>
    internal byte[] Page(string? key, int generation, Func<byte[]> render)
    {
        if (key is null)
        {
            Interlocked.Increment(ref _rendered);
            return render();
        }

        if (_pages.TryGetValue(key, out var hit))
        {
            hit.Generation = generation;
            return hit.Html;
        }

        Interlocked.Increment(ref _rendered);
        var html = render();
        _pages[key] = new PageEntry(html) { Generation = generation };
        return html;
    }

    private sealed record Drawn(string Hash, Lazy<ChartImage> Image);

    private sealed class PageEntry(byte[] html)
    {
        public byte[] Html { get; } = html;

        public int Generation { get; set; }
    }
}
