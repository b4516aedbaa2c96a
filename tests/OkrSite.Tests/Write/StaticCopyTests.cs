using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Write;

/// <summary>static/ copied into the output: verbatim, listed in the marker, never over a generated file.</summary>
public class StaticCopyTests
{
    private static readonly byte[] Binary = [0, 1, 2, 0xFF, 0xFE, (byte)'\r', (byte)'\n', 0x89, (byte)'P', (byte)'N', (byte)'G'];

    private static TempSite WithStatic() => TempSite.CopyOf("northwind")
        .File("static/CNAME", "okr.example.com\n")
        .File("static/.nojekyll", "")
        .File("static/.well-known/security.txt", "Contact: mailto:security@example.com\r\n")
        .Bytes("static/img/brand/logo.png", Binary)
        .File("static/downloads/Q3 review.pdf", "%PDF-1.7");

    private static BuildResult Build(TempSite site) => TestBuild.Run(new BuildOptions(site.Root, site.Output, UseCache: false));

    [Fact]
    public void Every_file_is_copied_verbatim_to_the_same_path_with_dotfiles_and_subfolders()
    {
        using var site = WithStatic();

        var result = Build(site);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("okr.example.com\n", File.ReadAllText(Path.Combine(site.Output, "CNAME")));
        Assert.Equal(0, new FileInfo(Path.Combine(site.Output, ".nojekyll")).Length);
        Assert.Equal("Contact: mailto:security@example.com\r\n", File.ReadAllText(Path.Combine(site.Output, ".well-known", "security.txt")));
        Assert.Equal(Binary, File.ReadAllBytes(Path.Combine(site.Output, "img", "brand", "logo.png")));
        Assert.True(File.Exists(Path.Combine(site.Output, "downloads", "Q3 review.pdf")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "static")));
    }

    [Fact]
    public void Static_files_are_in_the_marker_so_the_next_build_replaces_them_and_drops_removed_ones()
    {
        using var site = WithStatic();
        Assert.True(Build(site).Published);

        var (marker, _) = OutputMarker.Read(site.Output);
        Assert.Contains(".nojekyll", marker!.Files);
        Assert.Contains("img/brand/logo.png", marker.Files);
        Assert.Contains(".well-known/security.txt", marker.Files);

        File.Delete(Path.Combine(site.Root, "static", "CNAME"));
        site.File("static/.nojekyll", "changed");
        var second = Build(site);

        Assert.True(second.Published, string.Join("\n", second.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "CNAME")));
        Assert.Equal("changed", File.ReadAllText(Path.Combine(site.Output, ".nojekyll")));
    }

    [Fact]
    public void Two_builds_of_the_same_site_are_byte_identical()
    {
        using var site = WithStatic();
        var first = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));
        var second = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.Contains(first.Files, f => f.Path == "img/brand/logo.png");
    }

    [Theory]
    [InlineData("index.html", "page index.html")]
    [InlineData("kpis/churn/index.html", "page kpis/churn/index.html")]
    [InlineData("report.json", "report.json")]
    [InlineData("report.schema.json", "report.schema.json")]
    [InlineData("assets/style.css", "file assets/style.css")]
    [InlineData("kpis/churn/trend.svg", "chart kpis/churn/trend.svg")]
    [InlineData("objectives/emea/index.html", "page objectives/emea/index.html")]
    [InlineData(".okrsite-output", "marker")]
    [InlineData("kpis", "folder kpis/")]
    [InlineData("report.json/x.txt", "report.json as a file")]
    public void A_static_file_on_a_generated_path_is_an_error_naming_both_and_nothing_is_published(string path, string named)
    {
        using var site = TempSite.CopyOf("northwind").File($"static/{path}", "mine");

        var result = Build(site);

        Assert.False(result.Published);
        var error = Diagnose.Single(result.Diagnostics, Codes.StaticCollision);
        Assert.Equal($"static/{path}", error.File);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_reports_the_collision_too()
    {
        using var site = TempSite.CopyOf("northwind").File("static/index.html", "mine");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("static/index.html: error OKR0409:", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_link_out_of_the_site_fails_the_build_and_leaks_nothing()
    {
        using var outside = FileSystemFixtures.Outside("secret.txt", "top secret");
        using var site = TempSite.CopyOf("northwind");
        FileSystemFixtures.Link(Path.Combine(site.Root, "static", "secret.txt"), Path.Combine(outside.Root, "secret.txt"));

        var result = Build(site);

        Assert.False(result.Published);
        Assert.Equal("static/secret.txt", Diagnose.Single(result.Diagnostics, Codes.StaticNotCopied).File);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void The_chart_cache_still_serves_every_chart_with_static_files_present()
    {
        using var site = WithStatic();
        var cache = Path.Combine(site.Root, ".cache");
        var options = new BuildOptions(site.Root, site.Output, CacheDirectory: cache);
        Assert.True(TestBuild.Run(options).Published);

        var second = TestBuild.Run(options);

        Assert.True(second.Published);
        Assert.Contains(second.Timings, t => t.CountOf is { } c && c.Contains("from the cache", StringComparison.Ordinal));
    }
}
