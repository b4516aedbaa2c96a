using System.Text;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render;
using OkrSite.Tests.Support;
using Snapshooter.Xunit;

namespace OkrSite.Tests.Snapshots;

/// <summary>
/// Pins the whole report.json of the sample site at the repository root. A change to any number or field shows up
/// as a snapshot mismatch (__snapshots__/__mismatch__/); accept a deliberate change by replacing the snapshot file.
/// </summary>
public class SampleSiteSnapshotTests
{
    [Fact]
    public void Sample_site_report_json()
    {
        var result = TestBuild.Run(new BuildOptions(Repository.Root, Write: false));

        Assert.DoesNotContain(result.Diagnostics, d => !d.Code.StartsWith("OKR05", StringComparison.Ordinal)); // the coach's advice is the sample's to show
        var json = result.Files.Single(f => f.Path == SitePaths.ReportJson).Content;
        Snapshot.Match(Encoding.UTF8.GetString(json));
    }
}
