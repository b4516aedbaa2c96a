using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>Builds run side by side in one process (a dev server, a test run) share the template engine's state.</summary>
public class ParallelBuildsTests
{
    [Fact]
    public void Builds_in_parallel_give_the_same_bytes_as_one_alone()
    {
        using var site = TempSite.CopyOf("northwind");
        var alone = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));
        Assert.True(alone.Succeeded, string.Join("\n", alone.Diagnostics));
        var expected = alone.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))).ToList();

        var results = new BuildResult[12];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
            results[i] = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false)));

        Assert.All(results, r =>
        {
            Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
            Assert.Equal(expected, r.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        });
    }
}
