using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Load.Static;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Static;

public class StaticFolderTests
{
    private static (StaticFolder Folder, IReadOnlyList<Diagnostic> Diagnostics) Load(TempSite site) =>
        Diagnose.Run(bag => StaticFolder.Load(new SiteFileSystem(site.Root), bag));

    [Fact]
    public void Lists_every_file_with_dotfiles_and_subfolders_by_output_path()
    {
        using var site = new TempSite()
            .File("static/CNAME", "okr.example.com\n")
            .File("static/.nojekyll", "")
            .File("static/.well-known/security.txt", "Contact: x")
            .File("static/img/logo.svg", "<svg/>");

        var (folder, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Equal([".nojekyll", ".well-known/security.txt", "CNAME", "img/logo.svg"], folder.Files.Select(f => f.OutputPath));
        Assert.Equal("static/img/logo.svg", folder.Files[^1].SitePath);
        Assert.Null(folder.Favicon);
    }

    [Fact]
    public void No_static_folder_is_nothing_to_copy()
    {
        using var site = new TempSite();

        var (folder, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Empty(folder.Files);
    }

    [Theory]
    [InlineData(new[] { "favicon.ico" }, "favicon.ico")]
    [InlineData(new[] { "favicon.png", "favicon.ico" }, "favicon.png")]
    [InlineData(new[] { "favicon.ico", "favicon.png", "favicon.svg" }, "favicon.svg")]
    [InlineData(new[] { "img/favicon.svg" }, null)]
    public void The_site_favicon_is_the_best_one_at_the_root_of_static(string[] files, string? expected)
    {
        using var site = new TempSite();
        foreach (var file in files)
        {
            site.File($"static/{file}", "x");
        }

        Assert.Equal(expected, Load(site).Folder.Favicon);
    }

    [Fact]
    public void A_link_out_of_the_site_is_an_error_and_never_copied()
    {
        using var outside = FileSystemFixtures.Outside("secret.txt", "secret");
        using var site = new TempSite().File("static/ok.txt", "ok");
        FileSystemFixtures.Link(Path.Combine(site.Root, "static", "leak.txt"), Path.Combine(outside.Root, "secret.txt"));
        FileSystemFixtures.Link(Path.Combine(site.Root, "static", "dir"), outside.Root);

        var (folder, diagnostics) = Load(site);

        Assert.Equal(["ok.txt"], folder.Files.Select(f => f.OutputPath));
        Assert.Equal(["static/dir", "static/leak.txt"], diagnostics.Select(d => d.File).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(("OKR0408", Severity.Error), (d.Code, d.Severity)));
        Assert.All(diagnostics, d => Assert.Contains("not copied", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_inside_the_site_is_copied_as_its_file()
    {
        using var site = new TempSite().File("content/logo.svg", "<svg/>");
        FileSystemFixtures.Link(Path.Combine(site.Root, "static", "logo.svg"), Path.Combine(site.Root, "content", "logo.svg"));

        var (folder, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Equal(Path.Combine(new SiteFileSystem(site.Root).RealRoot, "content", "logo.svg"), Assert.Single(folder.Files).RealPath);
    }

    [Fact]
    public void A_fifo_a_dangling_link_and_a_loop_are_errors()
    {
        using var site = new TempSite().File("static/ok.txt", "ok");
        FileSystemFixtures.Fifo(Path.Combine(site.Root, "static", "pipe"));
        FileSystemFixtures.Link(Path.Combine(site.Root, "static", "gone.txt"), Path.Combine(site.Root, "nothing"));
        FileSystemFixtures.Link(Path.Combine(site.Root, "static", "sub", "back"), Path.Combine(site.Root, "static"));

        var (folder, diagnostics) = Load(site);

        Assert.Equal(["ok.txt"], folder.Files.Select(f => f.OutputPath));
        Assert.Equal(["static/gone.txt", "static/pipe", "static/sub/back"], diagnostics.Select(d => d.File).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("OKR0408", d.Code));
    }

    [Fact]
    public void A_static_file_instead_of_a_folder_is_an_error()
    {
        using var site = new TempSite().File("static", "oops");

        var diagnostic = Assert.Single(Load(site).Diagnostics);

        Assert.Equal(("OKR0408", "static"), (diagnostic.Code, diagnostic.File));
    }

    [Fact]
    public void A_static_folder_that_links_out_of_the_site_copies_nothing()
    {
        using var outside = FileSystemFixtures.Outside("secret.txt", "secret");
        using var site = new TempSite();
        FileSystemFixtures.Link(Path.Combine(site.Root, "static"), outside.Root);

        var (folder, diagnostics) = Load(site);

        Assert.Empty(folder.Files);
        Assert.Equal(("OKR0408", "static"), (Assert.Single(diagnostics).Code, diagnostics[0].File));
    }
}
