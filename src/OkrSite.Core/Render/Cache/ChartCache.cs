using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// Rendered charts kept between builds under a cache folder (CI can keep it, e.g. with actions/cache), keyed by the
/// content hash of their inputs: only charts whose data changed are drawn again, and a cached chart's SVG files go
/// into the output as links to the cache's files, without being read. Entries no build used are removed at the end
/// of the build, so the folder does not grow without bound. A damaged entry is simply drawn again.
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

    /// <summary>
    /// Puts the chart with content hash <paramref name="key"/> into <paramref name="output"/> as
    /// <paramref name="lightPath"/> and <paramref name="darkPath"/>, drawing it only when the cache does not have it.
    /// </summary>
    public ChartMeta Put(string key, Func<ChartImage> render, IOutputSink output, string lightPath, string darkPath)
    {
        if (_folder is null)
        {
            return Write(render(), output, lightPath, darkPath);
        }

        _used.TryAdd(key, 0);
        var (meta, light, dark) = PathsOf(key);
        try
        {
            if (File.Exists(light) && File.Exists(dark) && JsonSerializer.Deserialize(File.ReadAllBytes(meta), CacheJson.Default.ChartMeta) is { } cached)
            {
                output.WriteFrom(lightPath, light);
                output.WriteFrom(darkPath, dark);
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
        var result = new ChartMeta(image.AltText, image.Width, image.Height);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(meta)!);
            Store(light, image.LightUtf8);
            Store(dark, image.DarkUtf8);

            // The meta file goes last: its presence says the entry is complete.
            Store(meta, JsonSerializer.SerializeToUtf8Bytes(result, CacheJson.Default.ChartMeta));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time.
            return Write(image, output, lightPath, darkPath);
        }

        // The output links the files just stored (each store is a new file, never rewritten in place), so the SVG
        // bytes are written to disk once, not twice: on a large site that is 1.5 GB less to write.
        output.WriteFrom(lightPath, light);
        output.WriteFrom(darkPath, dark);
        return result;
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
            var key = name[..Math.Max(0, name.IndexOf('.', StringComparison.Ordinal))];
            if (!_used.ContainsKey(key) || name.EndsWith(".tmp", StringComparison.Ordinal))
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

    private static ChartMeta Write(ChartImage image, IOutputSink output, string lightPath, string darkPath)
    {
        output.Write(lightPath, image.LightUtf8);
        output.Write(darkPath, image.DarkUtf8);
        return new ChartMeta(image.AltText, image.Width, image.Height);
    }

    private static void Store(string path, byte[] content)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }

    private (string Meta, string Light, string Dark) PathsOf(string key)
    {
        var folder = Path.Combine(_folder!, key[..2]);
        return (Path.Combine(folder, key + ".json"), Path.Combine(folder, key + ".svg"), Path.Combine(folder, key + ".dark.svg"));
    }
}

/// <summary>What a page needs of a chart besides its files.</summary>
public sealed record ChartMeta(string AltText, int Width, int Height);
