using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Cache;

public class PageCacheTests
{
    private static BuildResult Build(string root, bool useCache = true) =>
        TestBuild.Run(new BuildOptions(root, Write: false, UseCache: useCache));

    private static string PagesCount(BuildResult result) => result.Timings.Single(t => t.Stage == "render pages").CountOf!;

    private static int Pages(BuildResult result) => result.Timings.Single(t => t.Stage == "render pages").Count!.Value;

    private static IEnumerable<(string, string)> Contents(BuildResult result) => result.Files.Select(f => (f.Path, Convert.ToHexString(f.Content)));

    [Fact]
    public void A_rebuild_takes_every_page_from_the_cache_and_writes_the_same_bytes()
    {
        using var site = TempSite.CopyOf("northwind");

        var first = Build(site.Root);
        var second = Build(site.Root);

        Assert.Equal("pages", PagesCount(first));
        Assert.Equal($"pages, {Pages(second)} from the cache", PagesCount(second));
        Assert.Equal(Contents(first), Contents(second));
        Assert.Equal(Contents(first), Contents(Build(site.Root, useCache: false)));
    }

    [Fact]
    public void Every_page_of_the_sample_site_can_be_keyed_and_comes_from_the_cache_on_a_rebuild()
    {
        // The repository's sample uses every kind of page, check-ins, archives, grades and translations of the theme.
        using var cache = new TempSite();
        var options = new BuildOptions(Repository.Root, Write: false, CacheDirectory: cache.Root);
        var cold = TestBuild.Run(options with { UseCache = false });

        TestBuild.Run(options);
        var warm = TestBuild.Run(options);

        Assert.Equal($"pages, {Pages(warm):#,0} from the cache", PagesCount(warm));
        Assert.Equal(Contents(cold), Contents(warm));
    }

    [Fact]
    public void Without_the_cache_every_page_is_rendered_and_nothing_is_kept()
    {
        using var site = TempSite.CopyOf("northwind");

        Build(site.Root, useCache: false);
        var again = Build(site.Root, useCache: false);

        Assert.Equal("pages", PagesCount(again));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".okrsite-cache")));
    }

    [Fact]
    public void A_damaged_entry_is_rendered_again_and_unused_entries_are_pruned()
    {
        using var site = TempSite.CopyOf("northwind");
        var clean = Build(site.Root);
        var pages = Path.Combine(site.Root, ".okrsite-cache", "pages");
        var html = Directory.GetFiles(pages, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Pages(clean), html.Count);

        // A page cut short, one edited in place to another length, and a meta file that is not JSON.
        File.WriteAllBytes(html[0], File.ReadAllBytes(html[0])[..10]);
        File.AppendAllText(html[1], "<!-- injected -->");
        File.WriteAllText(Path.ChangeExtension(html[2], ".json"), "{ not json");
        var stale = ".okrsite-cache/pages/ab/ab" + new string('0', 62);
        site.File(stale + ".html", "<p>old</p>").File(stale + ".json", "{\"Length\":10}").File(stale + ".html.0123456789abcdef0123456789abcdef.tmp", "half");
        site.File(".okrsite-cache/pages/ab/notes.txt", "not an entry").File(".okrsite-cache/pages/zz/zz-mine.html", "mine");

        var rebuilt = Build(site.Root);

        Assert.Equal($"pages, {Pages(clean) - 3} from the cache", PagesCount(rebuilt));
        Assert.Equal(Contents(clean), Contents(rebuilt));
        Assert.False(File.Exists(Path.Combine(site.Root, stale + ".html")));
        Assert.False(File.Exists(Path.Combine(site.Root, stale + ".json")));
        Assert.False(File.Exists(Path.Combine(site.Root, stale + ".html.0123456789abcdef0123456789abcdef.tmp")));

        // Only names the cache generates are pruned: anything else in its folder is not its to delete.
        Assert.Equal("not an entry", site.Read(".okrsite-cache/pages/ab/notes.txt"));
        Assert.Equal("mine", site.Read(".okrsite-cache/pages/zz/zz-mine.html"));

        // The damaged entries were replaced: the next build takes every page from the cache.
        Assert.Equal($"pages, {Pages(clean)} from the cache", PagesCount(Build(site.Root)));
    }

    [Fact]
    public void A_written_page_is_stored_once_and_the_output_links_the_cached_file()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // hard links are made with link(2); elsewhere the files are copied
        }

        using var site = TempSite.CopyOf("northwind");
        var first = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: site.Output));
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var second = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: site.Output));
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));

        var page = Path.Combine(site.Output, "index.html");
        var cached = Directory.GetFiles(Path.Combine(site.Root, ".okrsite-cache", "pages"), "*.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(File.ReadAllBytes(page)));
        var before = new FileInfo(page).Length;
        File.AppendAllText(cached, "<!-- marked -->");
        Assert.Equal(before + "<!-- marked -->".Length, new FileInfo(page).Length);
    }

    [Fact]
    public void Editing_an_objective_renders_again_only_the_pages_that_show_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // a page from the cache is told by its hard link to the cache's file
        }

        // The sample's 2026-Q4 objective has a key result on the KPI "Customer retention". KPI lists (the KPIs page, a
        // team's KPIs, an ended period's attention table) show the KPI but not the key results on it, so they must come
        // from the cache: when each row held them, this edit rendered every period's dashboard again.
        using var site = new TempSite();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*", SearchOption.AllDirectories).Append(Path.Combine(Repository.Root, "site.json")))
        {
            site.Bytes(Path.GetRelativePath(Repository.Root, file), File.ReadAllBytes(file));
        }

        Dictionary<string, ulong> Pages()
        {
            var result = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: site.Output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), f => OkrSite.Core.IO.NativeFiles.Stamp(f).Inode, StringComparer.Ordinal);
        }

        var before = Pages();
        const string Objective = "content/okrs/2026-Q4/loyal-customers-q4.md";
        site.File(Objective, site.Read(Objective).Replace("title: Create wildly loyal customers", "title: Create fiercely loyal customers", StringComparison.Ordinal));
        var after = Pages();

        var rendered = after.Where(p => !before.TryGetValue(p.Key, out var inode) || inode != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("kpis/customer-retention/index.html", rendered);
        Assert.Contains("objectives/2026-Q4/loyal-customers-q4/index.html", rendered);
        // The teams index alone holds more than it shows: each row is its team's view, whose objectives it counts.
        Assert.All(rendered.Where(p => p != "teams/index.html"), page => Assert.Contains("fiercely loyal", File.ReadAllText(Path.Combine(site.Output, page)), StringComparison.Ordinal));
        Assert.Contains("kpis/index.html", after.Keys);
        Assert.DoesNotContain("kpis/index.html", rendered);
        Assert.DoesNotContain("periods/2026-Q3/index.html", rendered);
    }

    [Fact]
    public void A_KPIs_data_file_comes_from_the_cache_until_its_values_change()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // a file from the cache is told by its hard link to the cache's file
        }

        using var site = new TempSite();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*", SearchOption.AllDirectories).Append(Path.Combine(Repository.Root, "site.json")))
        {
            site.Bytes(Path.GetRelativePath(Repository.Root, file), File.ReadAllBytes(file));
        }

        Dictionary<string, (ulong Inode, string Text)> DataFiles()
        {
            var result = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: site.Output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return Directory.EnumerateFiles(Path.Combine(site.Output, "kpis"), "data.csv", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), f => (OkrSite.Core.IO.NativeFiles.Stamp(f).Inode, File.ReadAllText(f)), StringComparer.Ordinal);
        }

        var first = DataFiles();
        const string Data = "content/data/crm-monthly.csv";
        site.File(Data, site.Read(Data).Replace("mqls,2026-09-30,488,", "mqls,2026-09-30,489,", StringComparison.Ordinal));
        var second = DataFiles();

        Assert.True(first.Count > 3, $"{first.Count} data files");
        Assert.Equal(first.Keys, second.Keys);
        Assert.Contains("2026-09-30,489,", second["kpis/mqls/data.csv"].Text, StringComparison.Ordinal);
        Assert.NotEqual(first["kpis/mqls/data.csv"].Inode, second["kpis/mqls/data.csv"].Inode);
        Assert.All(first.Keys.Where(k => k != "kpis/mqls/data.csv"), k => Assert.Equal(first[k], second[k]));

        // Through the cache or not, the files are the same bytes.
        using var cold = new TempSite();
        var fresh = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: cold.Output, UseCache: false));
        Assert.True(fresh.Succeeded);
        Assert.All(second, f => Assert.Equal(f.Value.Text, File.ReadAllText(Path.Combine(cold.Output, f.Key))));
    }
}
