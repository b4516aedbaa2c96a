using OkrSite.Core.Write;
using OkrSite.Tests.Support;
using OkrSite.Tests.Write.Hostile;

namespace OkrSite.Tests.Write;

public class FileKindTests
{
    [Fact]
    public void Tells_files_folders_links_and_fifos_apart_without_following_links()
    {
        using var site = new TempSite();
        site.File("file.txt", "12345").File("folder/x", "x");
        File.CreateSymbolicLink(Path.Combine(site.Root, "link-to-folder"), Path.Combine(site.Root, "folder"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "link-to-file"), Path.Combine(site.Root, "file.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "dangling"), Path.Combine(site.Root, "nothing"));
        Precious.MakeFifo(Path.Combine(site.Root, "fifo"));

        Assert.Equal((EntryKind.File, 5L), FileKind.Stat(Path.Combine(site.Root, "file.txt")));
        Assert.Equal(EntryKind.Directory, FileKind.Of(Path.Combine(site.Root, "folder")));
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Root, "link-to-folder")));
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Root, "link-to-file")));
        Assert.Equal(EntryKind.Link, FileKind.Of(Path.Combine(site.Root, "dangling")));
        Assert.Equal(EntryKind.Special, FileKind.Of(Path.Combine(site.Root, "fifo")));
        Assert.Equal(EntryKind.Missing, FileKind.Of(Path.Combine(site.Root, "nothing")));
        Assert.Equal(EntryKind.Missing, FileKind.Of(Path.Combine(site.Root, "file.txt", "below-a-file")));
    }
}
