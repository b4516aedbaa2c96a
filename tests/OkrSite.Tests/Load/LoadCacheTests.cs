using System.Text;
using OkrSite.Core.Load;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load;

/// <summary>
/// The load cache okrsite serve keeps across rebuilds: a build from it must be the build without it, byte for byte
/// and diagnostic for diagnostic, and only files whose bytes (or the options they were read with) changed are parsed.
/// </summary>
public class LoadCacheTests
{
    // Warnings in content (more unknown fields than a file lists) and in data (a file without rows), so replay is tested too.
    private static TempSite Site()
    {
        var site = TempSite.CopyOf("northwind");
        var unknown = string.Concat(Enumerable.Range(1, 25).Select(i => $"extra{i}: x\n"));
        site.File("content/teams/ops.md", $"---\nname: Operations\n{unknown}---\nThe ops team.\n");
        site.File("content/data/more.csv", "metric,date,value,note\nrevenue,2026-08-31,120,\nchurn,2026-08-10,3.4,\n");
        site.File("content/data/later.csv", "metric,date,value,note\n");
        return site;
    }

    private static BuildResult Build(TempSite site, LoadCache? cache) =>
        TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false) { LoadCache = cache });

    private static void AssertSame(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (e, a) in expected.Files.Zip(actual.Files))
        {
            Assert.True(e.Content.AsSpan().SequenceEqual(a.Content), $"{e.Path} differs");
        }
    }

    [Fact]
    public void A_second_build_parses_nothing_again_and_is_the_same_build()
    {
        using var site = Site();
        var cold = Build(site, null);
        Assert.Contains(cold.Diagnostics, d => d.File == "content/teams/ops.md" && d.Message.StartsWith("… and 5 more", StringComparison.Ordinal));
        Assert.Contains(cold.Diagnostics, d => d.File == "content/data/later.csv" && d.Code == "OKR0208");

        var cache = new LoadCache();
        var first = Build(site, cache);
        var parsed = cache.Misses;
        var second = Build(site, cache);

        Assert.Equal(0, first.Diagnostics.Count(d => d.IsError));
        Assert.True(parsed >= 9, $"{parsed} files parsed");
        Assert.Equal(parsed, cache.Misses);
        Assert.Equal(parsed, cache.Hits);
        AssertSame(cold, first);
        AssertSame(cold, second);
    }

    [Fact]
    public void An_edited_file_is_parsed_again_and_nothing_else()
    {
        using var site = Site();
        var cache = new LoadCache();
        Build(site, cache);
        var parsed = cache.Misses;

        var emea = site.Read("content/okrs/2026-Q3/emea.md").Replace("title: Win EMEA", "title: Win EMEA and the Nordics", StringComparison.Ordinal);
        site.File("content/okrs/2026-Q3/emea.md", emea);
        var rebuilt = Build(site, cache);

        Assert.Equal(parsed + 1, cache.Misses);
        AssertSame(Build(site, null), rebuilt);
        Assert.Contains(rebuilt.Report!.Objectives, o => o.Title == "Win EMEA and the Nordics");
    }

    [Fact]
    public void A_content_edit_reuses_the_merged_data_and_a_data_edit_does_not()
    {
        using var site = Site();
        var cache = new LoadCache();
        Build(site, cache);

        site.File("content/okrs/2026-Q3/emea.md", site.Read("content/okrs/2026-Q3/emea.md").Replace("title: Win EMEA", "title: Win EMEA now", StringComparison.Ordinal));
        var content = Build(site, cache);

        Assert.Equal(1, cache.MergeHits);
        AssertSame(Build(site, null), content);

        // A value changed in one file (and the warnings of the empty file replayed above): merged again, and it shows.
        site.File("content/data/more.csv", "metric,date,value,note\nrevenue,2026-08-31,98765,\nchurn,2026-08-10,3.4,\n");
        var data = Build(site, cache);

        Assert.Equal(1, cache.MergeHits);
        AssertSame(Build(site, null), data);
        Assert.Contains(data.Files, f => Encoding.UTF8.GetString(f.Content).Contains("98765", StringComparison.Ordinal));
        Assert.DoesNotContain(content.Files, f => Encoding.UTF8.GetString(f.Content).Contains("98765", StringComparison.Ordinal));
    }

    [Fact]
    public void Data_is_read_again_when_site_json_reads_it_differently()
    {
        using var site = Site();
        var cache = new LoadCache();
        Build(site, cache);
        var parsed = cache.Misses;

        // A comma decimal separator makes the CSV files read differently (and wrongly): the cache must not hide it.
        var json = site.Read("site.json").Replace("\"title\"", "\"csv\": { \"decimal\": \",\" },\n  \"title\"", StringComparison.Ordinal);
        site.File("site.json", json);
        var rebuilt = Build(site, cache);

        Assert.Equal(parsed + 3, cache.Misses);
        AssertSame(Build(site, null), rebuilt);
    }

    [Fact]
    public void A_file_that_became_unreadable_is_reported_and_not_taken_from_the_cache()
    {
        using var site = Site();
        var cache = new LoadCache();
        Build(site, cache);

        site.Bytes("content/teams/ops.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\nname: Ops\n---\n")).ToArray());
        var rebuilt = Build(site, cache);

        AssertSame(Build(site, null), rebuilt);
        Assert.Contains(rebuilt.Diagnostics, d => d.File == "content/teams/ops.md" && d.IsError);
    }
}
