using OkrSite.Core.Load.FileSystem;
using OkrSite.Tests.Support;
using static OkrSite.Tests.Support.FileSystemFixtures;

namespace OkrSite.Tests.Load.FileSystem;

public class SiteFileSystemTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly TempSite _outside = Outside("secret.md", "secret");

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }

    private string In(string relative) => Path.Combine(_site.Root, relative);

    private FolderListing List(string folder = "c", int depth = int.MaxValue) =>
        new SiteFileSystem(_site.Root).List(folder, depth, name => name.EndsWith(".md", StringComparison.Ordinal));

    [Fact]
    public void A_regular_file_and_folder_are_listed_sorted_with_their_real_paths()
    {
        _site.File("c/b.md", "b").File("c/a.md", "a").File("c/sub/z.md", "z").File("c/skip.txt", "x");

        var listing = List();

        Assert.Equal(["c/a.md", "c/b.md", "c/sub/z.md"], listing.Files.Select(f => f.Path));
        Assert.All(listing.Files, f => Assert.True(File.Exists(f.RealPath)));
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void Depth_one_does_not_enter_folders()
    {
        _site.File("c/a.md", "a").File("c/sub/z.md", "z");

        Assert.Equal(["c/a.md"], List(depth: 1).Files.Select(f => f.Path));
    }

    [Fact]
    public void A_file_link_inside_the_site_is_read_through_its_real_path()
    {
        _site.File("shared/team.md", "t");
        Link(In("c/team.md"), In("shared/team.md"));

        var file = Assert.Single(List().Files);

        Assert.Equal("c/team.md", file.Path);
        Assert.Equal(new SiteFileSystem(_site.Root).Classify("shared/team.md").RealPath, file.RealPath);
    }

    [Fact]
    public void A_folder_link_inside_the_site_is_walked()
    {
        _site.File("elsewhere/x.md", "x");
        Link(In("c/linked"), In("elsewhere"));

        Assert.Equal(["c/linked/x.md"], List().Files.Select(f => f.Path));
    }

    [Fact]
    public void A_file_link_outside_the_site_is_a_problem_and_not_listed()
    {
        Link(In("c/leak.md"), Path.Combine(_outside.Root, "secret.md"));

        var listing = List();

        Assert.Empty(listing.Files);
        var problem = Assert.Single(listing.Problems);
        Assert.Equal((EntryKind.Outside, "c/leak.md"), (problem.Kind, problem.Path));
        Assert.StartsWith("the file is a link to ", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_of_the_site_is_outside()
    {
        Link(In("c/leak.md"), Path.GetRelativePath(In("c"), Path.Combine(_outside.Root, "secret.md")));

        Assert.Equal(EntryKind.Outside, Assert.Single(List().Problems).Kind);
    }

    [Fact]
    public void A_folder_link_outside_the_site_is_one_problem_when_the_walk_would_enter_it()
    {
        Link(In("c/ext"), _outside.Root);

        var deep = List();
        var problem = Assert.Single(deep.Problems);
        Assert.Equal((EntryKind.Outside, "c/ext"), (problem.Kind, problem.Path));
        Assert.StartsWith("the folder is a link", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(deep.Files);

        // A walk that never enters folders never meets it.
        Assert.Empty(List(depth: 1).Problems);
    }

    [Fact]
    public void A_listed_folder_that_is_a_link_outside_is_the_problem_of_that_folder()
    {
        Link(In("c"), _outside.Root);

        var problem = Assert.Single(List().Problems);

        Assert.Equal((EntryKind.Outside, "c"), (problem.Kind, problem.Path));
    }

    [Fact]
    public void Classify_blames_the_link_on_the_way_not_the_file()
    {
        Link(In("c"), _outside.Root);

        var entry = new SiteFileSystem(_site.Root).Classify("c/secret.md");

        Assert.Equal((EntryKind.Outside, "c"), (entry.Kind, entry.Path));
        Assert.StartsWith("the folder is a link", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_is_a_problem()
    {
        Link(In("c/gone.md"), "nowhere.md");

        var problem = Assert.Single(List().Problems);

        Assert.Equal(EntryKind.Dangling, problem.Kind);
        Assert.Contains("'nowhere.md', which does not exist", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_ancestor_is_one_cycle_and_the_rest_is_read()
    {
        _site.File("c/a.md", "a").File("c/sub/b.md", "b");
        Link(In("c/sub/up"), "..");

        var listing = List();

        Assert.Equal(["c/a.md", "c/sub/b.md"], listing.Files.Select(f => f.Path));
        var problem = Assert.Single(listing.Problems);
        Assert.Equal((EntryKind.Loop, "c/sub/up"), (problem.Kind, problem.Path));
        Assert.Contains("'c', which contains the link itself", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_the_site_root_is_a_cycle_too()
    {
        _site.File("c/a.md", "a");
        Link(In("c/root"), _site.Root);

        Assert.Equal((EntryKind.Loop, "c/root"), (Assert.Single(List().Problems).Kind, Assert.Single(List().Problems).Path));
    }

    [Fact]
    public void Two_links_to_each_other_are_one_problem()
    {
        _site.File("c/a.md", "a");
        Link(In("c/x"), "y");
        Link(In("c/y"), "x");

        var listing = List();

        var problem = Assert.Single(listing.Problems);
        Assert.Equal(EntryKind.Loop, problem.Kind);
        Assert.Contains("'c/x', 'c/y'", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(["c/a.md"], listing.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_link_to_itself_is_one_problem_that_says_so()
    {
        Link(In("c/self.md"), "self.md");

        var problem = Assert.Single(List().Problems);

        Assert.Equal((EntryKind.Loop, "c/self.md"), (problem.Kind, problem.Path));
        Assert.Equal("the link to 'self.md' leads back to itself (a loop of links); it is skipped", problem.Detail);
    }

    [Fact]
    public void A_second_link_to_a_folder_already_read_is_skipped_once()
    {
        _site.File("c/2026-Q3/o.md", "o");
        Link(In("c/current"), "2026-Q3");

        var listing = List();

        Assert.Equal(["c/2026-Q3/o.md"], listing.Files.Select(f => f.Path));
        Assert.Contains("which is read already", Assert.Single(listing.Problems).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_links_to_one_folder_cost_one_walk_each_not_a_blow_up()
    {
        // Ten levels, each with two links to the next: following links blindly would walk 2^10 paths.
        for (var level = 0; level < 10; level++)
        {
            Directory.CreateDirectory(In($"c/l{level}"));
        }

        _site.File("c/l9/deep.md", "d");
        for (var level = 0; level < 9; level++)
        {
            Link(In($"c/l{level}/a"), In($"c/l{level + 1}"));
            Link(In($"c/l{level}/b"), In($"c/l{level + 1}"));
        }

        var listing = List();

        Assert.Equal(["c/l0/a/a/a/a/a/a/a/a/a/deep.md"], listing.Files.Select(f => f.Path));
        Assert.True(listing.Problems.Count < 30, $"{listing.Problems.Count} problems");
    }

    [Fact]
    public void A_fifo_is_a_problem_and_never_opened()
    {
        Fifo(In("c/pipe.md"));

        var listing = List();

        var problem = Assert.Single(listing.Problems);
        Assert.Equal(EntryKind.Special, problem.Kind);
        Assert.Contains("a FIFO (named pipe)", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(listing.Files);
    }

    [Fact]
    public void A_link_to_a_fifo_inside_the_site_is_a_problem_too()
    {
        Fifo(In("pipes/p"));
        Link(In("c/pipe.md"), In("pipes/p"));

        Assert.Equal(EntryKind.Special, Assert.Single(List().Problems).Kind);
    }

    [Fact]
    public void A_socket_is_a_problem_and_never_opened()
    {
        Directory.CreateDirectory(In("c"));
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(In("c/s.md")));

        var problem = Assert.Single(List().Problems);

        Assert.Equal(EntryKind.Special, problem.Kind);
        Assert.Contains("a socket", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_device_is_special_through_classify()
    {
        Link(In("null.md"), "/dev/null");

        // /dev/null is outside the site: a link to it is refused before its kind matters.
        Assert.Equal(EntryKind.Outside, new SiteFileSystem(_site.Root).Classify("null.md").Kind);
        Assert.Equal(EntryKind.Special, new SiteFileSystem("/dev").Classify("null").Kind);
    }

    [Fact]
    public void Entries_whose_names_are_not_wanted_are_not_problems()
    {
        Fifo(In("c/pipe.txt"));
        Link(In("c/leak.txt"), Path.Combine(_outside.Root, "secret.md"));

        Assert.Empty(List().Problems);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_a_problem_of_its_own()
    {
        _site.File("c/a.md", "a").File("c/locked/b.md", "b");
        var fs = new SiteFileSystem(_site.Root)
        {
            ListFolder = path => path.EndsWith("locked", StringComparison.Ordinal) ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : Directory.EnumerateFileSystemEntries(path),
        };

        var listing = fs.List("c", int.MaxValue, _ => true);

        Assert.Equal(["c/a.md"], listing.Files.Select(f => f.Path));
        var problem = Assert.Single(listing.Problems);
        Assert.Equal((EntryKind.Unreadable, "c/locked"), (problem.Kind, problem.Path));
        Assert.StartsWith("the folder cannot be listed", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x.md")]
    [InlineData("c/../../x.md")]
    public void Classify_refuses_dot_dot(string path) =>
        Assert.Equal(EntryKind.Outside, new SiteFileSystem(_site.Root).Classify(path).Kind);

    [Fact]
    public void A_missing_folder_lists_nothing()
    {
        var listing = List("nope");

        Assert.Empty(listing.Files);
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void A_site_reached_through_a_link_is_confined_to_its_real_folder()
    {
        _site.File("real/c/a.md", "a");
        Link(In("alias"), In("real"));

        var fs = new SiteFileSystem(In("alias"));

        Assert.Equal(["c/a.md"], fs.List("c", int.MaxValue, _ => true).Files.Select(f => f.Path));
        Assert.True(fs.Contains(Path.Combine(fs.RealRoot, "c")));
    }
}
