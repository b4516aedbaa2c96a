using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Config;

/// <summary>site.json's keys for the site's furniture and editors: $schema, logo, links.</summary>
public class SiteConfigFurnitureTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json) =>
        Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(json), bag));

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(TempSite site) =>
        Diagnose.Run(bag => SiteConfigLoader.Load(new SiteFileSystem(site.Root), bag));

    [Fact]
    public void Schema_key_that_editors_read_is_accepted_without_a_warning()
    {
        var (config, diagnostics) = Parse("""{ "$schema": "schemas/site.schema.json", "title": "Acme" }""");

        Assert.Empty(diagnostics);
        Assert.Equal("Acme", config!.Title);
    }

    [Fact]
    public void Schema_key_must_be_text()
    {
        var (_, diagnostics) = Parse("""{ "$schema": 3, "title": "Acme" }""");

        Assert.Equal("OKR0004", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData(null, LinkStyle.Folders)]
    [InlineData("\"folders\"", LinkStyle.Folders)]
    [InlineData("\"index.html\"", LinkStyle.IndexFiles)]
    [InlineData("\"Index.HTML\"", LinkStyle.IndexFiles)]
    public void Links_read_both_styles(string? value, LinkStyle expected)
    {
        var (config, diagnostics) = Parse(value is null ? """{ "title": "Acme" }""" : $$"""{ "title": "Acme", "links": {{value}} }""");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config!.Links);
    }

    [Fact]
    public void Another_links_value_is_an_error_at_its_line_with_the_nearest_value()
    {
        var (config, diagnostics) = Parse("{\n  \"title\": \"Acme\",\n  \"links\": \"index.htm\"\n}");

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigInvalidValue);
        Assert.Equal(3, error.Line);
        Assert.Contains("did you mean 'index.html'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(LinkStyle.Folders, config!.Links);
    }

    [Fact]
    public void A_base_url_with_index_html_links_is_a_warning_because_nothing_uses_it()
    {
        var (_, diagnostics) = Parse("{\n  \"title\": \"Acme\",\n  \"baseUrl\": \"/okr/\",\n  \"links\": \"index.html\"\n}");

        var warning = Diagnose.Single(diagnostics, Codes.SiteConfigBaseUrlUnused);
        Assert.Equal(3, warning.Line);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData("""{ "title": "Acme", "baseUrl": "/", "links": "index.html" }""")]
    [InlineData("""{ "title": "Acme", "baseUrl": "/okr/", "links": "folders" }""")]
    public void The_default_base_url_or_folder_links_warn_of_nothing(string json)
    {
        Assert.Empty(Parse(json).Diagnostics);
    }

    [Fact]
    public void Logo_is_read_as_a_path_under_static()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "Acme", "logo": "img/logo.svg" }""")
            .File("static/img/logo.svg", "<svg/>");

        var (config, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Equal("img/logo.svg", config!.Logo);
    }

    [Theory]
    [InlineData("../secret.svg", "'..' segment")]
    [InlineData("img/../../x.svg", "'..' segment")]
    [InlineData("/etc/logo.svg", "absolute path")]
    [InlineData("C:/logo.svg", "absolute path")]
    [InlineData("img\\\\logo.svg", "backslash")]
    [InlineData("", "empty")]
    [InlineData("img//logo.svg", "empty folder name")]
    public void A_logo_path_that_could_leave_static_is_an_error_at_its_line(string logo, string why)
    {
        var (config, diagnostics) = Parse($"{{\n  \"title\": \"Acme\",\n  \"logo\": \"{logo}\"\n}}");

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigBadLogo);
        Assert.Equal(3, error.Line);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Null(config!.Logo);
    }

    [Fact]
    public void A_logo_that_static_does_not_have_is_an_error_with_the_nearest_file()
    {
        using var site = new TempSite()
            .File("site.json", "{\n  \"title\": \"Acme\",\n  \"logo\": \"logo.svg\"\n}")
            .File("static/images/logo.svg", "<svg/>")
            .File("static/favicon.ico", "x");

        var (config, diagnostics) = Load(site);

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigLogoMissing);
        Assert.Equal("site.json", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("did you mean 'images/logo.svg'?", error.Message, StringComparison.Ordinal);
        Assert.Null(config!.Logo);
    }

    [Fact]
    public void A_misspelt_logo_gets_a_did_you_mean()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "Acme", "logo": "lgoo.svg" }""")
            .File("static/logo.svg", "<svg/>");

        var error = Diagnose.Single(Load(site).Diagnostics, Codes.SiteConfigLogoMissing);

        Assert.Contains("did you mean 'logo.svg'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_written_with_the_static_prefix_says_the_path_is_relative_to_static()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "Acme", "logo": "static/logo.svg" }""")
            .File("static/logo.svg", "<svg/>");

        var error = Diagnose.Single(Load(site).Diagnostics, Codes.SiteConfigLogoMissing);

        Assert.Contains("write 'logo.svg'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_without_a_static_folder_says_where_to_put_it()
    {
        using var site = new TempSite().File("site.json", """{ "title": "Acme", "logo": "logo.svg" }""");

        var error = Diagnose.Single(Load(site).Diagnostics, Codes.SiteConfigLogoMissing);

        Assert.Contains("static/ has no files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_that_is_a_folder_is_an_error()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "Acme", "logo": "img" }""")
            .File("static/img/logo.svg", "<svg/>");

        var error = Diagnose.Single(Load(site).Diagnostics, Codes.SiteConfigLogoMissing);

        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }
}
