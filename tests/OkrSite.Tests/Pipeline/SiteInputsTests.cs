using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Pipeline;

public class SiteInputsTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/okr/", "/okr/")]
    [InlineData("/okr", "/okr/")]
    [InlineData("https://x.github.io/okr/", "/okr/")]
    [InlineData("https://okr.example.com", "/")]
    [InlineData("http://intranet/reports/okr/", "/reports/okr/")]
    public void The_base_path_is_the_path_part_of_the_base_url(string baseUrl, string path)
    {
        Assert.Equal(path, SiteInputs.PathOf(baseUrl));
    }

    [Fact]
    public void A_site_watches_its_own_folder_flat_and_content_static_and_themes_whole()
    {
        using var site = TempSite.CopyOf("northwind");

        var inputs = SiteInputs.Read(site.Root);

        Assert.Equal("/", inputs.BasePath);
        Assert.Equal(
            [new(site.Root, false), new(Path.Combine(site.Root, "content"), true), new(Path.Combine(site.Root, "static"), true), new(Path.Combine(site.Root, "themes"), true)],
            inputs.Folders.ToArray());
    }

    [Fact]
    public void Data_globs_add_their_folders_and_a_data_folder_outside_the_site()
    {
        using var site = new TempSite();
        site.File("site.json", """{ "title": "T", "baseUrl": "https://x.github.io/okr/", "data": ["exports/**/*.csv", "bi:monthly/*.csv", "content/data/*.csv", "top.csv"], "dataFolders": { "bi": "/srv/bi" } }""");

        var inputs = SiteInputs.Read(site.Root);

        Assert.Equal("/okr/", inputs.BasePath);
        Assert.Contains(new WatchedFolder(Path.Combine(site.Root, "exports"), true), inputs.Folders);
        Assert.Contains(new WatchedFolder("/srv/bi/monthly", false), inputs.Folders);
        Assert.DoesNotContain(inputs.Folders, f => f.Path == Path.Combine(site.Root, "content", "data"));
        Assert.Single(inputs.Folders, f => f.Path == site.Root);
    }

    [Fact]
    public void A_site_json_with_errors_gives_the_defaults()
    {
        using var site = new TempSite();
        site.File("site.json", "{ not json");

        var inputs = SiteInputs.Read(site.Root);

        Assert.Equal("/", inputs.BasePath);
        Assert.Equal(4, inputs.Folders.Length);
    }
}
