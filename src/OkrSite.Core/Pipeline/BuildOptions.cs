using OkrSite.Core.Model;

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

    public string ResolvedOutput => OutputDirectory ?? Path.Combine(SiteDirectory, "_site");

    public string? ResolvedCache => UseCache ? CacheDirectory ?? Path.Combine(SiteDirectory, DefaultCacheFolder) : null;
}
