using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// One folder of the cache (charts/, pages/): entries named by their content key (64 hex digits) and a suffix of
/// their kind, in shard folders named by the key's first two digits so no folder holds 100,000 files. It remembers
/// which keys this build used, and <see cref="Prune"/> removes every other entry. Files are written aside and
/// renamed in, never rewritten in place, because the output links them. Only names it generates are ever pruned,
/// and a link inside the folder is never followed, read through or deleted.
/// </summary>
internal sealed partial class CacheEntries
{
    private readonly string _folder;
    private readonly HashSet<string> _suffixes;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _shards = new(StringComparer.Ordinal);

    /// <param name="folder">The folder, already checked to be a real folder of OkrSite's cache.</param>
    /// <param name="suffixes">The endings of this kind's entry files (".svg", ".json"): a file with another ending is not the cache's to prune.</param>
    public CacheEntries(string folder, params string[] suffixes)
    {
        _folder = folder;
        _suffixes = new HashSet<string>(suffixes, StringComparer.Ordinal);
    }

    /// <summary>
    /// The entry of <paramref name="key"/> as a path without its suffix (&lt;folder&gt;/ab/abcd…), remembered as used by
    /// this build; null when the key is not a content key or something other than a folder is at its shard's name.
    /// </summary>
    public string? Use(string key)
    {
        if (!KeyName().IsMatch(key) || Shard(key) is not { } shard)
        {
            return null;
        }

        _used.TryAdd(key, 0);
        return Path.Combine(shard, key);
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> aside and renames it in: a reader never sees half a file.</summary>
    public static void Store(string path, byte[] content)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Removes entries this build did not use, and temporary files of killed builds: only regular files whose names
    /// the cache generates, in shard folders that are real folders. Anything else in the folder is left alone.
    /// </summary>
    public void Prune()
    {
        if (FileKind.Of(_folder) != EntryKind.Directory)
        {
            return;
        }

        foreach (var shard in Directory.EnumerateFileSystemEntries(_folder))
        {
            if (!ShardName().IsMatch(Path.GetFileName(shard)) || FileKind.Of(shard) != EntryKind.Directory)
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFileSystemEntries(shard))
            {
                var match = EntryName().Match(Path.GetFileName(file));
                if (match.Success && _suffixes.Contains(match.Groups["suffix"].Value)
                    && (match.Groups["tmp"].Success || !_used.ContainsKey(match.Groups["key"].Value)) && FileKind.Of(file) == EntryKind.File)
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

            try
            {
                if (!Directory.EnumerateFileSystemEntries(shard).Any())
                {
                    Directory.Delete(shard, recursive: false);
                }
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The shard folder of <paramref name="key"/>, created when missing; null when something else is at its name.</summary>
    private string? Shard(string key)
    {
        var path = Path.Combine(_folder, key[..2]);
        var usable = _shards.GetOrAdd(key[..2], _ =>
        {
            try
            {
                var kind = FileKind.Of(path);
                if (kind == EntryKind.Missing)
                {
                    Directory.CreateDirectory(path);
                    kind = FileKind.Of(path);
                }

                return kind == EntryKind.Directory;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        });
        return usable ? path : null;
    }

    [GeneratedRegex(@"\A[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyName();

    [GeneratedRegex(@"\A[0-9a-f]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ShardName();

    // The suffix is matched lazily so that "<key>.dark.svg" and "<key>.svg.<32 hex>.tmp" both split where they should.
    [GeneratedRegex(@"\A(?<key>[0-9a-f]{64})(?<suffix>(\.[a-z]+)+?)(?<tmp>\.[0-9a-f]{32}\.tmp)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex EntryName();
}
