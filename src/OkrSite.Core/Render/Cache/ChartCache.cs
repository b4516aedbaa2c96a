using System.Collections.Concurrent;
using System.Text.Json;
using OkrSite.Core.Render.Charts;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// Rendered charts kept between builds under a cache folder (CI can keep it, e.g. with actions/cache), keyed by the
/// content hash of their inputs: only charts whose data changed are drawn again. Entries no build used are removed
/// at the end of the build, so the folder does not grow without bound. A damaged entry is simply drawn again.
/// </summary>
public sealed class ChartCache
{
    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    /// <param name="folder">The cache folder; null disables caching.</param>
    public ChartCache(string? folder) => _folder = folder is null ? null : Path.Combine(folder, "charts");

    public static ChartCache None { get; } = new(null);

    public int Hits => _hits;

    public int Misses => _misses;

    public ChartImage GetOrRender(string key, Func<ChartImage> render)
    {
        if (_folder is null)
        {
            return render();
        }

        _used.TryAdd(key, 0);
        var path = PathOf(key);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllBytes(path), CacheJson.Default.ChartImage) is { } cached)
            {
                Interlocked.Increment(ref _hits);
                return cached;
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // Drawn again below.
        }

        Interlocked.Increment(ref _misses);
        var image = render();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(image, CacheJson.Default.ChartImage));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time.
        }

        return image;
    }

    /// <summary>Removes entries this build did not use.</summary>
    public void Prune()
    {
        if (_folder is null || !Directory.Exists(_folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var key = name.EndsWith(".json", StringComparison.Ordinal) ? name[..^5] : null;
            if (key is null || !_used.ContainsKey(key))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private string PathOf(string key) => Path.Combine(_folder!, key[..2], key + ".json");
}
