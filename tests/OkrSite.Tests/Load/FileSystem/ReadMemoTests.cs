using OkrSite.Core.Load.FileSystem;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.FileSystem;

/// <summary>
/// serve's memo of the bytes its builds read: a file is handed out again only while its stamp is the one it was read
/// with, that stamp was old enough to trust, and the watcher did not name it; every edit that changes the file is read.
/// </summary>
public sealed class ReadMemoTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly TempSite _site = new();
    private readonly ReadMemo _memo = new();

    public void Dispose() => _site.Dispose();

    private string Write(string relative, string text, DateTime? modified = null)
    {
        _site.File(relative, text);
        var path = Path.Combine(_site.Root, relative);
        File.SetLastWriteTimeUtc(path, modified ?? LongAgo);
        return path;
    }

    private string Read(string relative)
    {
        var site = new SiteFileSystem(_site.Root) { Memo = _memo };
        var entry = site.Classify(relative);
        return System.Text.Encoding.UTF8.GetString(site.ReadAllBytes(entry.RealPath));
    }

    [Fact]
    public void An_unchanged_old_file_is_not_read_again()
    {
        Write("content/a.md", "first");

        Assert.Equal("first", Read("content/a.md"));
        Assert.Equal("first", Read("content/a.md"));

        Assert.Equal((1, 1), (_memo.Reads, _memo.Hits));
    }

    [Fact]
    public void An_edit_of_the_same_size_is_read_again_by_its_new_time()
    {
        Write("content/a.md", "first");
        Assert.Equal("first", Read("content/a.md"));

        Write("content/a.md", "other", LongAgo.AddSeconds(1));

        Assert.Equal("other", Read("content/a.md"));
        Assert.Equal(0, _memo.Hits);
    }

    [Fact]
    public void An_edit_that_keeps_size_and_time_is_read_again_once_the_watcher_names_it()
    {
        Write("content/a.md", "first");
        Assert.Equal("first", Read("content/a.md"));

        // What `touch -r` or a copy that keeps times does: the stamp alone cannot tell.
        Write("content/a.md", "other");
        _memo.Forget(_site.Root, "content/a.md");

        Assert.Equal("other", Read("content/a.md"));
    }

    [Fact]
    public void A_folder_the_watcher_lost_events_of_is_read_again_whole()
    {
        Write("content/okrs/a.md", "first");
        Assert.Equal("first", Read("content/okrs/a.md"));

        Write("content/okrs/a.md", "other");
        _memo.Forget(_site.Root, Path.Combine(_site.Root, "content"));

        Assert.Equal("other", Read("content/okrs/a.md"));
    }

    [Fact]
    public void A_file_modified_just_before_it_was_read_is_not_kept()
    {
        // Modified now: a second edit within the file system's time granularity could keep this very stamp.
        var now = DateTime.UtcNow;
        Write("content/a.md", "first", now);
        Assert.Equal("first", Read("content/a.md"));

        Write("content/a.md", "other", now);

        Assert.Equal("other", Read("content/a.md"));
        Assert.Equal(0, _memo.Hits);
    }
}
