using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Config;

/// <summary>site.json checks that keep a build confined and its links safe: duplicate keys, baseUrl, dataFolders, data globs, encodings.</summary>
public class SiteConfigSafetyTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json) =>
        Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(json), bag));

    [Theory]
    [InlineData("{\n  \"title\": \"A\",\n  \"title\": \"B\"\n}", "title", 3, 3, 2)]
    [InlineData("{\n  \"title\": \"A\",\n  \"scoring\": {\n    \"success\": 0.8,\n    \"success\": 0.6\n  }\n}", "scoring.success", 5, 5, 4)]
    [InlineData("{\n  \"title\": \"A\",\n  \"csv\": { \"decimal\": \",\", \"decimal\": \".\" }\n}", "csv.decimal", 3, 28, 3)]
    [InlineData("{\n  \"title\": \"A\",\n  \"x\": [ { \"k\": 1,\n \"k\": 2 } ]\n}", "x[0].k", 4, 2, 3)]
    [InlineData("{\n  \"title\": \"A\",\n  \"ti\\u0074le\": \"B\"\n}", "title", 3, 3, 2)]
    public void A_duplicate_key_is_an_error_at_the_second_one_at_any_depth(string json, string path, int line, int column, int firstLine)
    {
        var (_, diagnostics) = Parse(json);

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigDuplicateKey);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal($"key '{path}' is given twice (first on line {firstLine}); JSON keeps only one of them, so remove the other", error.Message);
    }

    [Fact]
    public void The_same_key_in_two_objects_is_not_a_duplicate()
    {
        var (_, diagnostics) = Parse("""{ "title": "A", "scoring": { "success": 0.8 }, "csv": { "decimal": "," }, "dataFolders": { "success": "/tmp" } }""");

        Assert.DoesNotContain(diagnostics, d => d.Code == Codes.SiteConfigDuplicateKey.Id);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/okr/", "/okr/")]
    [InlineData("/okr", "/okr/")]
    [InlineData("/a/b/", "/a/b/")]
    [InlineData("/reports/2026%20Q3/", "/reports/2026%20Q3/")]
    [InlineData("https://example.com/okr/", "https://example.com/okr/")]
    [InlineData("http://intranet:8080/okr", "http://intranet:8080/okr/")]
    [InlineData("HTTPS://Example.com", "HTTPS://Example.com/")]
    public void A_path_or_http_url_is_a_base_url(string value, string expected)
    {
        var (config, diagnostics) = Parse($$"""{ "title": "A", "baseUrl": "{{value}}" }""");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config!.BaseUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "neither a path")]
    [InlineData("JavaScript:alert(1)//", "neither a path")]
    [InlineData("data:text/html,x", "neither a path")]
    [InlineData("vbscript:x", "neither a path")]
    [InlineData("okr/", "neither a path")]
    [InlineData("", "neither a path")]
    [InlineData("ftp://example.com/", "neither a path")]
    [InlineData("//evil.com/", "starts with '//'")]
    [InlineData("/okr/\\\"><script>alert(1)</script>", "a quote")]
    [InlineData("/okr/'onmouseover='x", "a quote")]
    [InlineData("/okr/<b>", "an angle bracket")]
    [InlineData("/my okr/", "a space")]
    [InlineData("/okr\\\\evil/", "a backslash")]
    [InlineData("\\\\\\\\evil.com\\\\", "a backslash")]
    [InlineData("/okr/\\u0000", "a control character")]
    [InlineData("/okr/\\n", "a control character")]
    [InlineData("/okr/\\t", "a control character")]
    [InlineData("/okr/`x`", "a quote")]
    [InlineData("/okr/?q=1", "query or fragment")]
    [InlineData("/okr/#top", "query or fragment")]
    [InlineData("https://user:pw@example.com/", "not a valid URL with a host")]
    [InlineData("https:///okr/", "not a valid URL with a host")]
    [InlineData("https://example.com/?x=1", "query or fragment")]
    public void Anything_else_is_an_error_at_its_line(string value, string reason)
    {
        var (config, diagnostics) = Parse($$"""
            {
              "title": "A",
              "baseUrl": "{{value}}"
            }
            """);

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigBadBaseUrl);
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("/", config!.BaseUrl);
    }

    [Fact]
    public void Data_folders_are_read_by_name()
    {
        var (config, diagnostics) = Parse("""{ "title": "A", "dataFolders": { "exports": "/srv/bi/exports", "local": "../shared" }, "data": ["exports:*.csv", "local:**/*.csv"] }""");

        Assert.Empty(diagnostics);
        Assert.Equal([KeyValuePair.Create("exports", "/srv/bi/exports"), KeyValuePair.Create("local", "../shared")], config!.DataFolders);
        Assert.Equal(["exports:*.csv", "local:**/*.csv"], config.Data.AsEnumerable());
    }

    [Theory]
    [InlineData("\"dataFolders\": [\"/srv\"]", "dataFolders must be an object")]
    [InlineData("\"dataFolders\": { \"bad name\": \"/srv\" }", "data folder name 'bad name' must be letters")]
    [InlineData("\"dataFolders\": { \"exports\": 3 }", "data folder 'exports' must be a folder path in quotes")]
    [InlineData("\"dataFolders\": { \"exports\": \" \" }", "data folder 'exports' must be a folder path in quotes")]
    public void A_bad_data_folder_is_an_error_at_its_line(string entry, string message)
    {
        var (_, diagnostics) = Parse($"{{\n  \"title\": \"A\",\n  {entry}\n}}");

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigBadDataFolder);
        Assert.Equal(3, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_that_leaves_the_site_is_an_error_at_its_own_line_and_dropped()
    {
        var (config, diagnostics) = Parse("{\n  \"title\": \"A\",\n  \"data\": [\n    \"content/data/*.csv\",\n    \"../*.csv\",\n    \"/etc/*.csv\"\n  ]\n}");

        var errors = diagnostics.Where(d => d.Code == Codes.DataGlobOutside.Id).ToList();
        Assert.Equal([(5, 5), (6, 5)], errors.Select(e => (e.Line, e.Column)));
        Assert.Equal("site.json", errors[0].File);
        Assert.Equal(["content/data/*.csv"], config!.Data.AsEnumerable());
    }

    [Fact]
    public void A_single_glob_string_is_checked_too()
    {
        var (_, diagnostics) = Parse("{\n  \"title\": \"A\",\n  \"data\": \"/etc/*.csv\"\n}");

        Assert.Equal(3, Diagnose.Single(diagnostics, Codes.DataGlobOutside).Line);
    }

    [Fact]
    public void A_misspelt_key_still_gets_its_suggestion() =>
        Assert.Contains("did you mean 'dataFolders'?", Diagnose.Single(Parse("""{ "title": "A", "datafolders": {} }""").Diagnostics, Codes.SiteConfigUnknownKey).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    public void A_utf16_site_json_says_to_save_it_as_utf8(string encodingName, bool withMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. withMark ? encoding.GetPreamble() : [], .. encoding.GetBytes("""{ "title": "Acme" }""")];

        var (config, diagnostics) = Diagnose.Run(bag => SiteConfigLoader.Parse(bytes, bag));

        Assert.Null(config);
        var error = Diagnose.Single(diagnostics, Codes.SiteConfigInvalidJson);
        Assert.Matches("^site.json looks like UTF-16 (LE|BE).*, not UTF-8; save it as UTF-8$", error.Message);
    }
}
