using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Cache;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Cache;

/// <summary>Which folders the chart cache takes as its own (see also Write/Hostile/HostileCacheTests for the real process).</summary>
public class ChartCacheOwnershipTests
{
    [Fact]
    public void Builds_opening_a_new_cache_at_the_same_moment_all_take_it_without_a_warning()
    {
        using var site = new TempSite();
        var root = Path.Combine(site.Root, "cache");
        var bags = Enumerable.Range(0, 16).Select(_ => new DiagnosticBag()).ToArray();

        var enabled = new bool[bags.Length];
        Parallel.For(0, bags.Length, i =>
        {
            using var cache = ChartCache.Open(root, bags[i]);
            enabled[i] = cache.Enabled;
        });

        Assert.All(bags, b => Assert.Empty(b.ToSortedList()));
        Assert.All(enabled, Assert.True);
        Assert.Equal(["CACHEDIR.TAG", "charts", "charts.okrsite-lock", "pages"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_build_waits_for_another_using_the_same_cache_and_after_the_timeout_draws_its_charts_itself()
    {
        using var site = new TempSite();
        var root = Path.Combine(site.Root, "cache");
        using var first = ChartCache.Open(root, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        var told = new List<string>();

        using var second = ChartCache.Open(root, diagnostics, TimeSpan.FromMilliseconds(200), told.Add);

        Assert.True(first.Enabled);
        Assert.False(second.Enabled);
        Assert.Equal(Codes.CacheBusy.Id, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Contains("to finish with the chart cache", Assert.Single(told), StringComparison.Ordinal);
        first.Dispose();
        using var third = ChartCache.Open(root, new DiagnosticBag(), TimeSpan.Zero);
        Assert.True(third.Enabled);
    }

    [Theory]
    [InlineData("Signature: 8a477f597d28d172789f06886806bc55\n# created by some other tool\n")]
    [InlineData("not a tag at all")]
    public void A_folder_tagged_by_another_tool_or_badly_is_not_ours(string tag)
    {
        using var site = new TempSite();
        site.File("cache/CACHEDIR.TAG", tag).File("cache/other/data.bin", "theirs");
        var diagnostics = new DiagnosticBag();

        Assert.False(ChartCache.Open(Path.Combine(site.Root, "cache"), diagnostics).Enabled);

        Assert.Equal(Codes.CacheRefused.Id, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "cache", "charts")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("file.txt")]
    public void No_name_or_a_file_is_refused_with_a_warning(string name)
    {
        using var site = new TempSite();
        site.File("file.txt", "mine");
        var diagnostics = new DiagnosticBag();

        Assert.False(ChartCache.Open(name.Trim().Length == 0 ? name : Path.Combine(site.Root, name), diagnostics).Enabled);

        Assert.Equal(Codes.CacheRefused.Id, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal("mine", site.Read("file.txt"));
    }
}
