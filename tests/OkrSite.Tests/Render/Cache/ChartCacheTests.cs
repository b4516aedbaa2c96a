using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Cache;

public class ChartCacheTests
{
    private static BuildResult Build(TempSite site, bool useCache = true) =>
        TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: useCache));

    private static string ChartsCount(BuildResult result) => result.Timings.Single(t => t.Stage == "render charts").CountOf!;

    [Fact]
    public void A_rebuild_takes_every_chart_from_the_cache_and_writes_the_same_bytes()
    {
        using var site = TempSite.CopyOf("northwind");

        var first = Build(site);
        var second = Build(site);

        Assert.Equal("charts", ChartsCount(first));
        Assert.Equal("charts, 6 from the cache", ChartsCount(second));
        Assert.Equal(first.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), second.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        Assert.Equal(first.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), Build(site, useCache: false).Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
    }

    [Fact]
    public void Changed_data_draws_only_the_charts_it_changes()
    {
        using var site = TempSite.CopyOf("northwind");
        Build(site);

        // churn feeds the churn KPI chart and emea/kr2 only.
        site.File("content/data/sales.csv", "metric,date,value,note\nrevenue,2026-06-30,100,\nrevenue,2026-07-31,110,Summer deal\nchurn,2026-06-29,4.0,\nchurn,2026-08-03,3.0,\n");
        var rebuilt = Build(site);

        Assert.Equal("charts, 4 from the cache", ChartsCount(rebuilt));
        Assert.Contains("Churn fell from 4% on 29 Jun 2026 to 3% on 3 Aug 2026", System.Text.Encoding.UTF8.GetString(rebuilt.Files.Single(f => f.Path == "kpis/churn/index.html").Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_entry_is_drawn_again_and_unused_entries_are_pruned()
    {
        using var site = TempSite.CopyOf("northwind");
        var clean = Build(site);
        var entries = Directory.GetFiles(Path.Combine(site.Root, ".okrsite-cache", "charts"), "*.json", SearchOption.AllDirectories);
        Assert.Equal(6, entries.Length);
        File.WriteAllText(entries[0], "{ not json");
        var stale = ".okrsite-cache/charts/ab/ab" + new string('0', 62);
        site.File(stale + ".json", "{}").File(stale + ".svg.0123456789abcdef0123456789abcdef.tmp", "half");
        site.File(".okrsite-cache/charts/ab/notes.txt", "not an entry").File(".okrsite-cache/charts/zz/zz-mine.json", "{}");

        var rebuilt = Build(site);

        Assert.Equal("charts, 5 from the cache", ChartsCount(rebuilt));
        Assert.Equal(clean.Files.Select(f => Convert.ToHexString(f.Content)), rebuilt.Files.Select(f => Convert.ToHexString(f.Content)));
        Assert.False(File.Exists(Path.Combine(site.Root, stale + ".json")));
        Assert.False(File.Exists(Path.Combine(site.Root, stale + ".svg.0123456789abcdef0123456789abcdef.tmp")));

        // Only names the cache generates are pruned: anything else in its folder is not its to delete.
        Assert.Equal("not an entry", site.Read(".okrsite-cache/charts/ab/notes.txt"));
        Assert.Equal("{}", site.Read(".okrsite-cache/charts/zz/zz-mine.json"));
    }

    [Fact]
    public void A_chart_from_the_cache_shows_the_legend_it_was_drawn_with_and_an_entry_without_one_is_drawn_again()
    {
        using var site = TempSite.CopyOf("northwind");
        var clean = Build(site, useCache: false);
        Build(site);
        var metas = Directory.GetFiles(Path.Combine(site.Root, ".okrsite-cache", "charts"), "*.json", SearchOption.AllDirectories);
        Assert.All(metas, m => Assert.Contains("\"Legend\":[{", File.ReadAllText(m), StringComparison.Ordinal));

        // A cached chart builds no spec: its legend is the meta's, so the pages are the uncached build's only if it is kept.
        Assert.Equal(clean.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), Build(site).Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));

        // An entry whose meta has no legend (as OkrSite wrote them before) would show a chart without one: drawn again.
        var legend = new System.Text.RegularExpressions.Regex(",\"Legend\":\\[.*?\\]");
        File.WriteAllText(metas[0], legend.Replace(File.ReadAllText(metas[0]), string.Empty));
        Assert.DoesNotContain("Legend", File.ReadAllText(metas[0]), StringComparison.Ordinal);
        var rebuilt = Build(site);

        Assert.Equal("charts, 5 from the cache", ChartsCount(rebuilt));
        Assert.Equal(clean.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), rebuilt.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
        Assert.Contains("\"Legend\":[{", File.ReadAllText(metas[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_newly_drawn_chart_is_stored_once_and_the_output_links_the_cached_file()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // hard links are made with link(2); elsewhere the files are copied
        }

        using var site = TempSite.CopyOf("northwind");
        var result = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: site.Output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var cached = Directory.GetFiles(Path.Combine(site.Root, ".okrsite-cache", "charts"), "*.svg", SearchOption.AllDirectories);
        Assert.Equal(6, cached.Length);
        Assert.DoesNotContain(cached, f => f.EndsWith(".dark.svg", StringComparison.Ordinal)); // one SVG per chart follows both schemes

        // Appending to a cache file in place shows through the output file exactly when the two are one file.
        var outputs = Directory.GetFiles(site.Output, "*.svg", SearchOption.AllDirectories).Where(f => !f.Contains("assets", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, outputs.Count);
        var before = outputs.ToDictionary(f => f, File.ReadAllBytes);
        foreach (var file in cached)
        {
            File.AppendAllText(file, "<!-- marked -->");
        }

        Assert.All(outputs, f => Assert.Equal(before[f].Length + "<!-- marked -->".Length, new FileInfo(f).Length));
    }
}
