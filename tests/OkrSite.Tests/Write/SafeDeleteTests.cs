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
