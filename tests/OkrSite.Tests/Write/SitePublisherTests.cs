using OkrSite.Core.Diagnostics;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Write;

public class SitePublisherTests
{
    private static OutputFile Report(string text) => new("report.json", System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Replaces_the_previous_output_as_a_whole()
    {
        using var site = new TempSite();
        Assert.True(SitePublisher.Publish(site.Output, site.Root, [Report("old"), new OutputFile("stale-page/index.html", [2])], new DiagnosticBag()));

        var ok = SitePublisher.Publish(site.Output, site.Root, [Report("new"), new OutputFile("a/b.txt", [1])], new DiagnosticBag());

        Assert.True(ok);
        Assert.Equal("new", site.Read("_site/report.json"));
        Assert.True(File.Exists(Path.Combine(site.Output, "a", "b.txt")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "stale-page")));
        Assert.Single(Directory.GetDirectories(site.Root)); // no temporary folder left behind
    }

    [Fact]
    public void A_path_that_leaves_the_output_is_a_bug_not_a_write_failure_and_keeps_the_previous_output()
    {
        using var site = new TempSite();
        Assert.True(SitePublisher.Publish(site.Output, site.Root, [Report("old")], new DiagnosticBag()));
        var diagnostics = new DiagnosticBag();

        var thrown = Assert.Throws<AggregateException>(() => SitePublisher.Publish(site.Output, site.Root, [Report("new"), new OutputFile("../escaped.txt", [1])], diagnostics));

        Assert.IsType<InvalidOperationException>(thrown.InnerExceptions.Single());
        Assert.Equal("old", site.Read("_site/report.json"));
        Assert.False(File.Exists(Path.Combine(site.Root, "escaped.txt")));
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.okrsite-*"));
    }

    [Fact]
    public void Cleans_temporary_folders_of_a_killed_build()
    {
        using var site = new TempSite();
        site.File("_site.okrsite-tmp-999/report.json", "half").Bytes("_site.okrsite-tmp-999/.okrsite-output", OutputMarker.For([]).ToBytes());

        SitePublisher.Publish(site.Output, site.Root, [Report("new")], new DiagnosticBag());

        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site.okrsite-tmp-999")));
    }

    [Fact]
    public void Leaves_an_unmarked_folder_that_only_looks_like_a_leftover()
    {
        using var site = new TempSite();
        site.File("_site.okrsite-tmp-999/thesis.docx", "mine").File("_site.okrsite-old-999/notes.txt", "mine too");

        Assert.True(SitePublisher.Publish(site.Output, site.Root, [Report("new")], new DiagnosticBag()));

        Assert.Equal("mine", site.Read("_site.okrsite-tmp-999/thesis.docx"));
        Assert.Equal("mine too", site.Read("_site.okrsite-old-999/notes.txt"));
        Assert.Equal("new", site.Read("_site/report.json"));
    }

    [Fact]
    public void Restores_the_old_site_when_a_build_was_killed_between_the_two_moves()
    {
        using var site = new TempSite();
        site.File("_site.okrsite-old-999/report.json", "last good").Bytes("_site.okrsite-old-999/.okrsite-output", OutputMarker.For(["report.json"]).ToBytes());

        Assert.Null(SitePublisher.Refusal(site.Output, site.Root));
        SitePublisher.Publish(Path.Combine(site.Root, "_site"), site.Root, [Report("new")], new DiagnosticBag());

        Assert.Equal("new", site.Read("_site/report.json"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site.okrsite-old-999")));
    }

    [Fact]
    public void Unchanged_files_keep_their_timestamp_and_changed_ones_get_a_new_one()
    {
        using var site = new TempSite();
        SitePublisher.Publish(site.Output, site.Root, [Report("same"), new OutputFile("page.html", [1, 2, 3])], new DiagnosticBag());
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(site.Output, "report.json"), past);
        File.SetLastWriteTimeUtc(Path.Combine(site.Output, "page.html"), past);

        SitePublisher.Publish(site.Output, site.Root, [Report("same"), new OutputFile("page.html", [1, 2, 4])], new DiagnosticBag());

        Assert.Equal(past, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "report.json")));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "page.html")));
    }

    [Fact]
    public void Many_files_written_in_parallel_into_new_folders_all_land()
    {
        using var site = new TempSite();
        var files = Enumerable.Range(0, 4000).Select(i => new OutputFile($"f{i % 40}/g{i % 7}/file{i}.txt", [(byte)(i % 251)])).Append(Report("r")).ToList();
        var diagnostics = new DiagnosticBag();

        Assert.True(SitePublisher.Publish(site.Output, site.Root, files, diagnostics), string.Join("\n", diagnostics.ToSortedList()));
        Assert.Equal(4002, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Length); // and the marker
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200_000)] // larger than the comparison buffer: the files are compared chunk by chunk
    public void A_streamed_file_equal_to_the_previous_one_keeps_its_timestamp(int size)
    {
        using var site = new TempSite();
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i % 251)).ToArray();
        var changed = (byte[])bytes.Clone();
        changed[^1] ^= 1;
        Stream(site, ("report.json", bytes), ("changed.json", bytes), ("longer.json", bytes));
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var name in new[] { "report.json", "changed.json", "longer.json" })
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Output, name), past);
        }

        Stream(site, ("report.json", bytes), ("changed.json", changed), ("longer.json", [.. bytes, 7]));

        Assert.Equal(past, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "report.json")));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "changed.json")));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "longer.json")));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
        Assert.Equal(changed, File.ReadAllBytes(Path.Combine(site.Output, "changed.json")));
        Assert.Equal(size + 1, new FileInfo(Path.Combine(site.Output, "longer.json")).Length);
    }

    [Fact]
    public void A_previous_file_turned_into_a_link_is_never_linked_into_the_new_output_and_the_swap_is_refused()
    {
        using var site = new TempSite();
        site.File("precious.txt", "same");
        Assert.True(SitePublisher.Publish(site.Output, site.Root, [Report("r"), new OutputFile("page.html", "same"u8.ToArray())], new DiagnosticBag()));
        var diagnostics = new DiagnosticBag();
        using var staging = SitePublisher.Begin(site.Output, site.Root, diagnostics)!;

        // Swapped for a link to a file with the very same bytes after the build began.
        File.Delete(Path.Combine(site.Output, "page.html"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "page.html"), Path.Combine(site.Root, "precious.txt"));
        staging.Write("page.html", "same"u8.ToArray());
        staging.WriteStream("report.json", s => s.Write("r"u8));

        Assert.Equal(EntryKind.File, FileKind.Of(Path.Combine(staging.Path, "page.html")));
        File.AppendAllText(Path.Combine(staging.Path, "page.html"), "!");
        Assert.Equal("same", site.Read("precious.txt"));
        Assert.False(staging.Commit(diagnostics));
        Assert.Equal(Codes.OutputForeignEntry.Id, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Output, "page.html")));
    }

    private static void Stream(TempSite site, params (string Path, byte[] Bytes)[] files)
    {
        var diagnostics = new DiagnosticBag();
        using var staging = SitePublisher.Begin(site.Output, site.Root, diagnostics)!;
        foreach (var (path, bytes) in files)
        {
            staging.WriteStream(path, stream => stream.Write(bytes));
        }

        Assert.True(staging.Commit(diagnostics), string.Join("\n", diagnostics.ToSortedList()));
    }
}
