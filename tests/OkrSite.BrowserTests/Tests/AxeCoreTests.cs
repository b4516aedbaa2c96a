using System.Formats.Tar;
using System.IO.Compression;
using OkrSite.BrowserTests.Support;

namespace OkrSite.BrowserTests.Tests;

/// <summary>
/// How the accessibility tests get axe-core: a tarball checked against its pinned integrity before use, cached
/// only once it matches, fetched again when the cache is damaged; every failure says why. The tarballs here are
/// made by the test and served on 127.0.0.1.
/// </summary>
public sealed class AxeCoreTests : IAsyncLifetime
{
    private const string Script = "window.axe = { version: 'made-up' };";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "okrsite-axe-tests", Guid.NewGuid().ToString("N"));
    private StaticSiteServer? server;

    private string Served => Path.Combine(folder, "served");

    private string Cache => Path.Combine(folder, "cache");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Served);
        await File.WriteAllBytesAsync(Path.Combine(Served, "axe.tgz"), Tarball((AxeCore.ScriptEntry, Script), ("package/package.json", "{}")));
        await File.WriteAllBytesAsync(Path.Combine(Served, "empty.tgz"), Tarball(("package/package.json", "{}")));
        await File.WriteAllTextAsync(Path.Combine(Served, "not-gzip.tgz"), "this is not a tarball");
        server = await StaticSiteServer.StartAsync(Served, "/registry/");
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_matching_tarball_gives_the_script_and_is_cached()
    {
        var (url, integrity) = Pinned("axe.tgz");

        Assert.Equal(Script, await AxeCore.LoadAsync(url, integrity, Cache));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Served, "axe.tgz")), await File.ReadAllBytesAsync(Path.Combine(Cache, "axe.tgz")));

        // Served no more: the cached copy is used.
        File.Delete(Path.Combine(Served, "axe.tgz"));
        Assert.Equal(Script, await AxeCore.LoadAsync(url, integrity, Cache));
    }

    [Fact]
    public async Task A_tarball_that_does_not_match_the_integrity_fails_and_is_not_cached()
    {
        var (url, _) = Pinned("axe.tgz");
        var other = AxeCore.Sri("something else"u8.ToArray());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AxeCore.LoadAsync(url, other, Cache));

        Assert.Contains($"does not match the pinned integrity {other}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Cache, "axe.tgz")));
    }

    [Fact]
    public async Task A_damaged_cached_tarball_is_fetched_again()
    {
        var (url, integrity) = Pinned("axe.tgz");
        Directory.CreateDirectory(Cache);
        await File.WriteAllTextAsync(Path.Combine(Cache, "axe.tgz"), "half a download");

        Assert.Equal(Script, await AxeCore.LoadAsync(url, integrity, Cache));
        Assert.True(AxeCore.Matches(await File.ReadAllBytesAsync(Path.Combine(Cache, "axe.tgz")), integrity));
    }

    [Theory]
    [InlineData("missing.tgz", "the registry answered 404")]
    [InlineData("empty.tgz", "the tarball holds no package/axe.min.js")]
    [InlineData("not-gzip.tgz", "the tarball cannot be read")]
    public async Task A_failure_says_what_went_wrong(string file, string reason)
    {
        var url = new Uri(server!.SiteUrl, file);
        var integrity = File.Exists(Path.Combine(Served, file)) ? AxeCore.Sri(await File.ReadAllBytesAsync(Path.Combine(Served, file))) : AxeCore.Integrity;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AxeCore.LoadAsync(url, integrity, Cache));

        Assert.StartsWith($"axe-core {AxeCore.Version} is not available from {url}: {reason}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_sha512_integrity_is_accepted()
    {
        var bytes = "x"u8.ToArray();
        Assert.True(AxeCore.Matches(bytes, AxeCore.Sri(bytes)));
        Assert.False(AxeCore.Matches(bytes, "sha1-" + AxeCore.Sri(bytes)["sha512-".Length..]));
        Assert.False(AxeCore.Matches(bytes, AxeCore.Integrity));
    }

    private (Uri Url, string Integrity) Pinned(string file) =>
        (new Uri(server!.SiteUrl, file), AxeCore.Sri(File.ReadAllBytes(Path.Combine(Served, file))));

    private static byte[] Tarball(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var (name, text) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) });
            }
        }

        return output.ToArray();
    }
}
