using OkrSite.Core.Render.Cache;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;
using static OkrSite.Tests.Write.Hostile.HostileOutputTests;

namespace OkrSite.Tests.Write.Hostile;

/// <summary>The chart cache writes into and prunes only a folder it tagged, only entries it named, and never through a link.</summary>
public class HostileCacheTests
{
    private static void AssertWarnedNoCache(OkrSiteProcess.Result run)
    {
        AssertBuilt(run);
        Assert.Contains(run.ErrorLines, l => l.Contains("warning OKR0905:", StringComparison.Ordinal) && l.Contains("building without the cache", StringComparison.Ordinal));
    }

    [Fact]
    public void A_precious_folder_given_as_cache_dir_is_neither_written_into_nor_pruned()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));

        AssertWarnedNoCache(Build(site, "--cache-dir", precious.Folder));

        precious.AssertIntact();
        Assert.Equal(4, Directory.GetFiles(precious.Folder, "*", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(site.Output, "kpis", "churn", "trend.svg")));
    }

    [Fact]
    public void A_cache_dir_that_is_a_link_to_a_precious_folder_is_left_alone()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        var link = Path.Combine(site.Root, "cache");
        Directory.CreateSymbolicLink(link, precious.Folder);

        AssertWarnedNoCache(Build(site, "--cache-dir", link));

        precious.AssertIntact();
        Assert.Equal(4, Directory.GetFiles(precious.Folder, "*", SearchOption.AllDirectories).Length);
        Assert.Equal(EntryKind.Link, FileKind.Of(link));
    }

    [Fact]
    public void A_cache_dir_that_is_a_link_to_okrsites_cache_is_used_through_the_link()
    {
        using var site = TempSite.CopyOf("northwind");
        var real = Path.Combine(site.Root, "real-cache");
        AssertBuilt(Build(site, "--cache-dir", real));
        var link = Path.Combine(site.Root, "cache");
        Directory.CreateSymbolicLink(link, real);

        var run = Build(site, "--cache-dir", link, "--timings");

        AssertBuilt(run);
        Assert.Contains("charts, 6 from the cache", run.Output, StringComparison.Ordinal);
        Assert.Equal(EntryKind.Link, FileKind.Of(link));
    }

    [Fact]
    public void Links_inside_the_cache_are_never_followed_read_or_pruned_through()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        var cache = Path.Combine(site.Root, ".okrsite-cache");
        AssertBuilt(Build(site));
        var svg = Directory.GetFiles(Path.Combine(cache, "charts"), "*.svg", SearchOption.AllDirectories)[0];
        File.Delete(svg);
        File.CreateSymbolicLink(svg, precious.AFile);

        // Links where shard folders and entries of unused keys would be: pruning must not walk or delete through them.
        // A shard name no chart uses: the names follow the engine's build (its MVID is part of every key).
        var unused = Enumerable.Range(0, 256).Select(i => (255 - i).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)).First(n => !Path.Exists(Path.Combine(cache, "charts", n)));
        Directory.CreateSymbolicLink(Path.Combine(cache, "charts", unused), Path.Combine(precious.Folder, "photos"));
        var stale = Path.Combine(Path.GetDirectoryName(svg)!, new string('e', 64) + ".json");
        File.CreateSymbolicLink(stale, Path.Combine(precious.Folder, "deep", "er", "still", "key.pem"));
        site.File(".okrsite-cache/charts/00/README.txt", "not an entry");

        var run = Build(site, "--as-of", "2026-08-01");

        AssertBuilt(run);
        precious.AssertIntact();
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(cache, "charts", unused)));
        Assert.Equal(EntryKind.Link, FileKind.Of(stale));
        Assert.Equal("not an entry", site.Read(".okrsite-cache/charts/00/README.txt"));

        // The output never holds a link, and no page carries the precious file's bytes.
        Assert.All(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => Assert.Equal(EntryKind.File, FileKind.Of(f)));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*.svg", SearchOption.AllDirectories), f => File.ReadAllText(f) == "four years of work");
    }

    [Fact]
    public void The_cache_is_tagged_with_the_standard_cachedir_tag()
    {
        using var site = TempSite.CopyOf("northwind");

        AssertBuilt(Build(site));

        Assert.StartsWith("Signature: 8a477f597d28d172789f06886806bc55", site.Read(".okrsite-cache/" + ChartCache.TagFile), StringComparison.Ordinal);
    }

    [Fact]
    public void An_untagged_cache_of_an_older_okrsite_is_not_pruned()
    {
        using var site = TempSite.CopyOf("northwind");
        var stale = ".okrsite-cache/charts/ab/ab" + new string('0', 62) + ".json";
        site.File(stale, "{}");

        AssertWarnedNoCache(Build(site));

        Assert.Equal("{}", site.Read(stale));
    }
}
