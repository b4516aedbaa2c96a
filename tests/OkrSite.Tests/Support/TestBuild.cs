using OkrSite.Core.Pipeline;

namespace OkrSite.Tests.Support;

/// <summary>
/// <see cref="SiteBuilder.Build"/> as the tests call it: the same build, and the report.json it wrote is checked
/// against the published schema, so every site a test builds also tests the contract.
/// </summary>
public static class TestBuild
{
    public static BuildResult Run(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        ReportSchema.AssertValid(result, options.Write ? options.ResolvedOutput : null);
        return result;
    }
}
