using System.Runtime;
using OkrSite.Cli.Serve;
using OkrSite.Tests.BadInput;

namespace OkrSite.Tests.Serve;

/// <summary>
/// The no-GC region around a preview rebuild is process-wide, so these run alone (the collection that runs after
/// every parallel test): a rebuild in another test would open or close the region under them.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public sealed class QuietGcTests
{
    [Fact]
    public void A_rebuild_runs_without_collections_and_the_region_closes_once_serve_is_idle()
    {
        QuietGc.BeforeBuild();
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        var before = GC.CollectionCount(0);
        var garbage = 0L;
        for (var i = 0; i < 1024; i++)
        {
            garbage += new byte[16 * 1024].Length; // 16 MB in all, well inside the budget
        }

        Assert.Equal(before, GC.CollectionCount(0));
        Assert.Equal(16L * 1024 * 1024, garbage);

        QuietGc.AfterBuild();
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode); // still open for the reloading pages' requests
        Assert.True(SpinWait.SpinUntil(() => GCSettings.LatencyMode != GCLatencyMode.NoGCRegion, TimeSpan.FromSeconds(30)), "the region was never closed");
    }

    [Fact]
    public void A_second_save_within_the_linger_reopens_the_region_instead_of_failing()
    {
        QuietGc.BeforeBuild();
        QuietGc.AfterBuild();
        QuietGc.BeforeBuild(); // the first region is still open: it is ended, and a new one started
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        QuietGc.AfterBuild();
        Assert.True(SpinWait.SpinUntil(() => GCSettings.LatencyMode != GCLatencyMode.NoGCRegion, TimeSpan.FromSeconds(30)), "the region was never closed");
    }

    [Fact]
    public void A_collection_that_ends_the_region_early_leaves_nothing_to_end()
    {
        QuietGc.BeforeBuild();
        GC.Collect(); // what a budget overrun or another caller does: the runtime leaves the region by itself
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        QuietGc.AfterBuild();
        QuietGc.BeforeBuild(); // no exception from ending a region that is gone
        QuietGc.AfterBuild();
        Assert.True(SpinWait.SpinUntil(() => GCSettings.LatencyMode != GCLatencyMode.NoGCRegion, TimeSpan.FromSeconds(30)), "the region was never closed");
    }
}
