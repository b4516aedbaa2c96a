using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Pipeline;

public class StageProgressTests
{
    [Theory]
    [InlineData(true, 9)]
    [InlineData(false, 8)]
    public void Each_stage_is_told_when_it_starts_and_when_it_ends_in_order(bool write, int stages)
    {
        using var site = TempSite.CopyOf("northwind");
        var told = new List<StageProgress>();

        var result = SiteBuilder.Build(new BuildOptions(site.Root, Write: write) { Progress = told.Add });

        Assert.True(result.Succeeded);
        Assert.Equal(2 * stages, told.Count);
        Assert.All(told, p => Assert.Equal(stages, p.Of));
        for (var i = 0; i < stages; i++)
        {
            var (start, end) = (told[2 * i], told[(2 * i) + 1]);
            Assert.Equal((StageProgress.Stages(write)[i], i + 1, (StageTiming?)null), (start.Stage, start.Number, start.Finished));
            Assert.Equal(start.Stage, end.Stage);
            Assert.Same(result.Timings[i], end.Finished);
        }
    }

    [Fact]
    public void A_stage_whose_count_is_known_only_at_its_end_is_told_with_the_final_words()
    {
        using var site = TempSite.CopyOf("northwind");
        var cache = Path.Combine(site.Root, "cache");
        SiteBuilder.Build(new BuildOptions(site.Root, Write: false, CacheDirectory: cache));
        var told = new List<StageProgress>();

        SiteBuilder.Build(new BuildOptions(site.Root, Write: false, CacheDirectory: cache) { Progress = told.Add });

        var charts = told.Single(p => p.Stage == "render charts" && p.Finished is not null).Finished!;
        Assert.Equal($"charts, {charts.Count} from the cache", charts.CountOf);
    }

    [Fact]
    public void A_build_stopped_by_errors_tells_only_the_stages_that_ran()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", "{ \"title\": ");
        var told = new List<StageProgress>();

        SiteBuilder.Build(new BuildOptions(site.Root) { Progress = told.Add });

        Assert.Equal(["config + theme", "config + theme"], told.Select(p => p.Stage));
    }
}
