using OkrSite.Core.Write;
using OkrSite.Tests.Support;
using OkrSite.Tests.Write.Hostile;

namespace OkrSite.Tests.Write;

public class SafeDeleteTests
{
    [Fact]
    public void A_link_to_a_folder_at_the_top_is_removed_as_a_link_and_its_target_is_untouched()
    {
        using var site = new TempSite();
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        site.File("doomed/a.txt", "a");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "doomed", "photos"), precious.Folder);

        SafeDelete.Tree(Path.Combine(site.Root, "doomed"));

        Assert.False(Directory.Exists(Path.Combine(site.Root, "doomed")));
        precious.AssertIntact();
    }

    [Fact]
    public void Links_deeper_inside_to_folders_and_files_are_unlinked_never_walked()
    {
        using var site = new TempSite();
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        for (var i = 0; i < 30; i++)
        {
            site.File($"doomed/p{i}/q/index.html", "x");
        }

        Directory.CreateSymbolicLink(Path.Combine(site.Root, "doomed", "p3", "q", "deep"), precious.Folder);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "doomed", "p4", "photos"), Path.Combine(precious.Folder, "photos"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "doomed", "p5", "thesis.docx"), precious.AFile);
        File.CreateSymbolicLink(Path.Combine(site.Root, "doomed", "dangling"), Path.Combine(site.Root, "nothing"));
        Precious.MakeFifo(Path.Combine(site.Root, "doomed", "p6", "fifo"));

        SafeDelete.Tree(Path.Combine(site.Root, "doomed"));

        Assert.False(Directory.Exists(Path.Combine(site.Root, "doomed")));
        precious.AssertIntact();
    }

    [Fact]
    public void On_Linux_the_tree_is_deleted_through_folder_handles_and_hard_linked_files_keep_their_other_names()
    {
        Assert.Equal(OperatingSystem.IsLinux(), OkrSite.Core.IO.NativeTree.Supported);
        using var site = new TempSite();
        site.File("cache/page.html", "<p>kept</p>");
        var kept = Path.Combine(site.Root, "cache", "page.html");
        for (var i = 0; i < 40; i++)
        {
            site.File($"doomed/a{i % 3}/b{i}/c/d/index.html", "x");
            Assert.True(HardLink.TryCreate(kept, Path.Combine(site.Root, "doomed", $"a{i % 3}", $"b{i}", "page.html")) || !OperatingSystem.IsLinux());
        }

        site.File("doomed/.okrsite-output", "{}");
        Precious.MakeFifo(Path.Combine(site.Root, "doomed", "a1", "fifo"));
        Directory.CreateDirectory(Path.Combine(site.Root, "doomed", "empty", "emptier"));

        SafeDelete.Tree(Path.Combine(site.Root, "doomed"), ".okrsite-output");

        Assert.Equal(EntryKind.Missing, FileKind.Of(Path.Combine(site.Root, "doomed")));
        Assert.Equal("<p>kept</p>", File.ReadAllText(kept));
    }

    [Fact]
    public void A_link_given_as_the_tree_itself_is_unlinked()
    {
        using var site = new TempSite();
        var precious = new Precious(Path.Combine(site.Root, "precious"));
        var link = Path.Combine(site.Root, "link");
        Directory.CreateSymbolicLink(link, precious.Folder);

        SafeDelete.Tree(link);

        Assert.Equal(EntryKind.Missing, FileKind.Of(link));
        precious.AssertIntact();
    }

    [Fact]
    public void A_missing_tree_is_nothing_to_do()
    {
        using var site = new TempSite();
        SafeDelete.Tree(Path.Combine(site.Root, "nothing"));
        Assert.True(SafeDelete.TryTree(Path.Combine(site.Root, "nothing")));
    }
}
