using OkrSite.Core.Model;

namespace OkrSite.Core.Pipeline;

/// <summary>What the command line asks of one build. <see cref="OutputDirectory"/> null means &lt;site&gt;/_site.</summary>
public sealed record BuildOptions(string SiteDirectory, string? OutputDirectory = null, DateOnly? AsOf = null, Period? Period = null, bool Write = true, bool WarningsAsErrors = false)
{
    public string ResolvedOutput => OutputDirectory ?? Path.Combine(SiteDirectory, "_site");
}
