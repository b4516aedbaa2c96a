using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Write;

namespace OkrSite.Cli.Serve;

/// <summary>
/// What serve answers from, swapped whole after each build: the files the last good build produced (in memory,
/// or made in memory when first asked for; never read from disk), the path they are served under, and the
/// diagnostics of a build that failed. <see cref="Version"/> names the content: a page reloads when it changes, and
/// a rebuild that produced the same bytes (an on-demand build: read the same inputs) reloads nothing.
/// </summary>
internal sealed record SiteSnapshot(string BasePath, SiteFiles Files, IReadOnlyList<Diagnostic>? Failure, string Version)
{
    public const string BuildingVersion = "building";

    /// <summary>Before the first build has finished.</summary>
    public bool IsBuilding => Version == BuildingVersion;

    public static SiteSnapshot Building(string basePath) => new(basePath, SiteFiles.None, null, BuildingVersion);

    public static SiteSnapshot Built(string basePath, IReadOnlyList<OutputFile> files) =>
        Versioned(basePath, new SiteFiles.InMemory(files.ToFrozenDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal)), null);

    /// <summary>An on-demand build: its version is its inputs', since its files are not made yet.</summary>
    public static SiteSnapshot Built(string basePath, OnDemandSite site) => Versioned(basePath, new SiteFiles.OnDemand(site), null);

    /// <summary>A failed build: its diagnostics in place of every page, the last good build's other files kept.</summary>
    public static SiteSnapshot Failed(SiteSnapshot previous, string basePath, IReadOnlyList<Diagnostic> diagnostics) =>
        Versioned(basePath, previous.Files, diagnostics);

    public int PageCount => Files.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    private static SiteSnapshot Versioned(string basePath, SiteFiles files, IReadOnlyList<Diagnostic>? failure)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        Add(basePath);
        if (failure is not null)
        {
            Add("failed");
            foreach (var d in failure)
            {
                Add(d.ToString());
            }
        }
        else if (files is SiteFiles.OnDemand onDemand)
        {
            Add(onDemand.Site.Version);
        }
        else if (files is SiteFiles.InMemory held)
        {
            foreach (var (path, content) in held.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Add(path);
                Add(content.Length.ToString(CultureInfo.InvariantCulture));
                hash.AppendData(content);
            }
        }

        return new SiteSnapshot(basePath, files, failure, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }
}
