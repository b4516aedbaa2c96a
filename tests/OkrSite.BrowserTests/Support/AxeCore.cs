using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace OkrSite.BrowserTests.Support;

/// <summary>
/// axe-core (Deque's accessibility engine) from the npm registry, pinned to one version and its registry integrity:
/// the tarball is downloaded once into a cache folder, checked against the integrity every time it is used, and
/// package/axe.min.js is read out of it with GZipStream and System.Formats.Tar, so CI needs neither node nor npm.
/// A download that fails or a tarball that does not match fails the accessibility tests with the reason: never a pass
/// without axe.
/// </summary>
public static class AxeCore
{
    public const string Version = "4.14.1";

    /// <summary>The registry's <c>dist.integrity</c> of axe-core 4.14.1 (a Subresource Integrity string).</summary>
    public const string Integrity = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    public const string ScriptEntry = "package/axe.min.js";

    public static Uri TarballUrl { get; } = new($"https://registry.npmjs.org/axe-core/-/axe-core-{Version}.tgz");

    /// <summary>$XDG_CACHE_HOME/okrsite-browser-tests, else ~/.cache/okrsite-browser-tests: kept between runs, never in the repository.</summary>
    public static string CacheDirectory { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "okrsite-browser-tests");

    /// <summary>The pinned axe.min.js (see <see cref="LoadAsync(Uri, string, string, CancellationToken)"/>).</summary>
    public static Task<string> LoadAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(TarballUrl, Integrity, CacheDirectory, cancellationToken);

    /// <summary>
    /// axe.min.js out of the tarball at <paramref name="url"/>: the cached copy when it still matches
    /// <paramref name="integrity"/>, else a fresh download, cached only once it matches.
    /// </summary>
    public static async Task<string> LoadAsync(Uri url, string integrity, string cacheDirectory, CancellationToken cancellationToken = default)
    {
        var cached = Path.Combine(cacheDirectory, Path.GetFileName(url.AbsolutePath));
        if (File.Exists(cached))
        {
            var bytes = await File.ReadAllBytesAsync(cached, cancellationToken).ConfigureAwait(false);
            if (Matches(bytes, integrity))
            {
                return ExtractScript(bytes, url);
            }

            // A cached tarball that no longer matches (a partial copy, a different version) is fetched again.
            File.Delete(cached);
        }

        byte[] tarball;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Unavailable(url, $"the registry answered {(int)response.StatusCode} {response.ReasonPhrase}", cacheDirectory);
            }

            tarball = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw Unavailable(url, ex.Message, cacheDirectory);
        }

        if (!Matches(tarball, integrity))
        {
            throw Unavailable(url, $"the download ({tarball.Length} bytes) does not match the pinned integrity {integrity} (its sha512 is {Sri(tarball)})", cacheDirectory);
        }

        var script = ExtractScript(tarball, url);
        Directory.CreateDirectory(cacheDirectory);
        var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, tarball, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, cached, overwrite: true);
        return script;
    }

    /// <summary>True when <paramref name="bytes"/> have the sha512 that <paramref name="integrity"/> (sha512-&lt;base64&gt;) names.</summary>
    public static bool Matches(byte[] bytes, string integrity) =>
        integrity.StartsWith("sha512-", StringComparison.Ordinal)
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Sri(bytes)), System.Text.Encoding.ASCII.GetBytes(integrity));

    /// <summary>The sha512 Subresource Integrity string of <paramref name="bytes"/>.</summary>
    public static string Sri(byte[] bytes) => "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));

    /// <summary>The text of <see cref="ScriptEntry"/> in a gzipped tarball.</summary>
    public static string ExtractScript(byte[] tarball, Uri source)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(tarball), CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.Name == ScriptEntry && entry.DataStream is { } data)
                {
                    using var reader = new StreamReader(data, System.Text.Encoding.UTF8);
                    return reader.ReadToEnd();
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw Unavailable(source, $"the tarball cannot be read: {ex.Message}", null);
        }

        throw Unavailable(source, $"the tarball holds no {ScriptEntry}", null);
    }

    private static InvalidOperationException Unavailable(Uri url, string reason, string? cacheDirectory) =>
        new($"axe-core {Version} is not available from {url}: {reason}. The accessibility tests need it"
            + (cacheDirectory is null ? "." : $"; the npm registry must be reachable (the tarball is cached in {cacheDirectory})."));
}
