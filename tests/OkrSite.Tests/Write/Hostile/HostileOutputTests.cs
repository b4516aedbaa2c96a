using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Write.Hostile;

/// <summary>
/// The real okrsite process against links and foreign files around and inside the output folder. Whatever the
/// layout, every precious file survives byte for byte, and a refusal names what to move or delete.
/// </summary>
public class HostileOutputTests
{
    internal static OkrSiteProcess.Result Build(TempSite site, params string[] options) => OkrSiteProcess.Run(["build", site.Root, .. options]);

    internal static void AssertBuilt(OkrSiteProcess.Result run)
    {
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    internal static void AssertRefused(OkrSiteProcess.Result run, string code, string says)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Output}{run.Error}");
        Assert.Contains(run.ErrorLines, l => l.Contains($"error {code}:", StringComparison.Ordinal) && l.Contains(says, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_at_the_top_of_the_output_to_a_folder_of_precious_files()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        AssertBuilt(Build(site));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "photos"), precious.Folder);
        var before = Precious.Snapshot(site.Output);

        var run = Build(site, "--as-of", "2026-08-01");

        AssertRefused(run, "OKR0904", "move it out of");
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Path.Combine(site.Output, "photos") + ":", StringComparison.Ordinal));
        precious.AssertIntact();
        Assert.Equal(before, Precious.Snapshot(site.Output));
    }

    [Fact]
    public void A_link_deeper_inside_the_output_and_a_listed_file_turned_into_a_link()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        AssertBuilt(Build(site));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "kpis", "churn", "deep"), Path.Combine(precious.Folder, "deep"));
        File.Delete(Path.Combine(site.Output, "index.html"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "index.html"), precious.AFile);

        var run = Build(site);

        AssertRefused(run, "OKR0904", "did not write this link in the previous output");
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Path.Combine(site.Output, "kpis", "churn", "deep") + ":", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Path.Combine(site.Output, "index.html") + ":", StringComparison.Ordinal));
        precious.AssertIntact();
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_listed_file_replaced_by_a_fifo_is_never_read_and_is_named()
    {
        using var site = TempSite.CopyOf("northwind");
        AssertBuilt(Build(site));
        File.Delete(Path.Combine(site.Output, "report.json"));
        Precious.MakeFifo(Path.Combine(site.Output, "report.json"));

        // Reading the FIFO to compare it with the new report.json would hang the build (Run fails after two minutes).
        var run = Build(site);

        AssertRefused(run, "OKR0904", "did not write this special file");
        Assert.Equal(EntryKind.Special, FileKind.Of(Path.Combine(site.Output, "report.json")));
    }

    [Fact]
    public void A_file_dropped_into_the_output_is_named_and_kept()
    {
        using var site = TempSite.CopyOf("northwind");
        AssertBuilt(Build(site));
        site.File("_site/notes.txt", "my notes").File("_site/kpis/slides.pdf", "my slides");

        var run = Build(site);

        AssertRefused(run, "OKR0904", "did not write this file in the previous output");
        AssertRefused(run, "OKR0904", "theme's assets/ folder");
        Assert.Equal(2, run.ErrorLines.Count(l => l.Contains("OKR0904", StringComparison.Ordinal)));
        Assert.Equal("my notes", site.Read("_site/notes.txt"));
        Assert.Equal("my slides", site.Read("_site/kpis/slides.pdf"));

        // Once the user moved them away, the build goes on.
        File.Delete(Path.Combine(site.Output, "notes.txt"));
        File.Delete(Path.Combine(site.Output, "kpis", "slides.pdf"));
        AssertBuilt(Build(site));
    }

    [Fact]
    public void An_output_of_an_older_okrsite_without_a_marker_is_refused_until_deleted_once()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("_site/report.json", "{}").File("_site/index.html", "old");

        AssertRefused(Build(site), "OKR0901", "delete it once");
        Assert.Equal("old", site.Read("_site/index.html"));
    }

    [Fact]
    public void Out_as_a_link_to_an_okrsite_output_publishes_into_the_target_and_keeps_the_link()
    {
        using var site = TempSite.CopyOf("northwind");
        var releases = Path.Combine(site.Root, "releases");
        var v1 = Path.Combine(releases, "v1");
        AssertBuilt(Build(site, "--out", v1, "--as-of", "2026-08-01"));
        var current = Path.Combine(site.Root, "current");
        Directory.CreateSymbolicLink(current, "releases/v1");

        var run = Build(site, "--out", current);

        AssertBuilt(run);
        Assert.Equal(EntryKind.Link, FileKind.Of(current));
        Assert.Equal("releases/v1", new DirectoryInfo(current).LinkTarget);
        Assert.Contains("\"asOf\":\"2026-08-15\"", File.ReadAllText(Path.Combine(v1, "report.json")), StringComparison.Ordinal);
        Assert.Equal([v1, Path.Combine(releases, "v1.okrsite-lock")], Directory.GetFileSystemEntries(releases).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, "current.okrsite-*"));
    }

    [Fact]
    public void Out_as_a_link_to_an_empty_real_folder_publishes_into_it_and_a_rebuild_replaces_it()
    {
        using var site = TempSite.CopyOf("northwind");
        var target = Path.Combine(site.Root, "www");
        Directory.CreateDirectory(target);
        var link = Path.Combine(site.Root, "public");
        Directory.CreateSymbolicLink(link, target);

        AssertBuilt(Build(site, "--out", link));
        AssertBuilt(Build(site, "--out", link, "--as-of", "2026-08-01"));

        Assert.Equal(EntryKind.Link, FileKind.Of(link));
        Assert.Equal(EntryKind.Directory, FileKind.Of(target));
        Assert.Contains("\"asOf\":\"2026-08-01\"", File.ReadAllText(Path.Combine(target, "report.json")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, "www.okrsite-tmp-*"));
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, "public.okrsite-*"));
    }

    [Fact]
    public void Out_as_a_link_to_a_folder_okrsite_did_not_write_is_refused()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        var link = Path.Combine(site.Root, "public");
        Directory.CreateSymbolicLink(link, precious.Folder);

        AssertRefused(Build(site, "--out", link), "OKR0901", "OkrSite did not write it");

        precious.AssertIntact();
        Assert.Equal(EntryKind.Link, FileKind.Of(link));
        Assert.Empty(Directory.GetFileSystemEntries(site.Root, "precious.okrsite-*"));
    }

    [Fact]
    public void Out_as_a_dangling_link_or_a_link_to_a_file_is_refused()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        var dangling = Path.Combine(site.Root, "dangling");
        Directory.CreateSymbolicLink(dangling, Path.Combine(site.Root, "releases", "v9"));
        var toFile = Path.Combine(site.Root, "to-file");
        File.CreateSymbolicLink(toFile, precious.AFile);

        AssertRefused(Build(site, "--out", dangling), "OKR0901", "which does not exist");
        AssertRefused(Build(site, "--out", toFile), "OKR0901", "which is not a folder");

        precious.AssertIntact();
        Assert.False(Directory.Exists(Path.Combine(site.Root, "releases")));
        Assert.Equal(EntryKind.Link, FileKind.Of(dangling));
    }

    [Fact]
    public void A_leftover_name_beside_the_output_that_is_a_link_or_an_unmarked_folder_is_left_alone()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        var mine = new Precious(Path.Combine(site.Root, "_site.okrsite-tmp-2"));
        var old = new Precious(Path.Combine(site.Root, "_site.okrsite-old-3"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "_site.okrsite-tmp-1"), precious.Folder);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "_site.okrsite-old-4"), precious.Folder);

        AssertBuilt(Build(site)); // no output yet: an unmarked "old" folder must not be restored as the site
        AssertBuilt(Build(site, "--as-of", "2026-08-01"));

        precious.AssertIntact();
        mine.AssertIntact();
        old.AssertIntact();
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Root, "_site.okrsite-tmp-1")));
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Root, "_site.okrsite-old-4")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputMarker.FileName)));
    }

    [Fact]
    public void A_lock_file_that_is_a_link_is_never_written_through()
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        File.CreateSymbolicLink(site.Output + ".okrsite-lock", precious.AFile);

        AssertRefused(Build(site), "OKR0906", "is a link, a folder or a special file");

        precious.AssertIntact();
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out", "  ")]
    [InlineData("--cache-dir", "")]
    [InlineData("--cache-dir", " ")]
    [InlineData("--lock-timeout", "soon")]
    [InlineData("--lock-timeout", "-1")]
    public void An_empty_out_or_cache_dir_is_a_usage_error_never_the_current_folder(string option, string value)
    {
        using var site = TempSite.CopyOf("northwind");
        var precious = new Precious(Path.Combine(site.Root, "precious"));

        var run = OkrSiteProcess.Run(["build", site.Root, option, value], workingDirectory: precious.Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("okrsite: error:", run.Error, StringComparison.Ordinal);
        precious.AssertIntact();
        Assert.Equal(4, Directory.GetFiles(precious.Folder, "*", SearchOption.AllDirectories).Length);
    }
}
