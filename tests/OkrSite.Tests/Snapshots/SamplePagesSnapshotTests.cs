using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace OkrSite.Tests.Snapshots;

/// <summary>Pins the HTML of one page of every kind of the sample site.</summary>
public class SamplePagesSnapshotTests
{
    private static readonly Lazy<BuildResult> Sample = new(() => TestBuild.Run(new BuildOptions(Repository.Root, Write: false)));

    [Theory]
    [InlineData("index.html")]
    [InlineData("objectives/2026-Q4/loyal-customers-q4/index.html")]
    [InlineData("kpis/customer-retention/index.html")]
    [InlineData("kpis/index.html")]
    [InlineData("teams/customer-success/index.html")]
    [InlineData("teams/index.html")]
    [InlineData("periods/2026-Q3/index.html")]
    [InlineData("periods/2026-Q3/evaluation/index.html")]
    [InlineData("objectives/2026-Q3/social-inbox-q3/index.html")]
    [InlineData("periods/index.html")]
    [InlineData("alignment/index.html")]
    [InlineData("alignment/2026-Q3/index.html")]
    [InlineData("changes/index.html")]
    [InlineData("404.html")]
    public void Sample_page(string path)
    {
        Assert.DoesNotContain(Sample.Value.Diagnostics, d => !d.Code.StartsWith("OKR05", StringComparison.Ordinal)); // the coach's advice is the sample's to show
        var html = Encoding.UTF8.GetString(Sample.Value.Files.Single(f => f.Path == path).Content);
        Snapshot.Match(html, SnapshotNameExtension.Create(path.Replace("/index.html", string.Empty, StringComparison.Ordinal).Replace('/', '-')));
    }
}
