using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Config;

public class SiteConfigLoaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json) =>
        Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(json), bag));

    [Fact]
    public void Applies_the_documented_defaults()
    {
        var (config, diagnostics) = Parse("""{ "title": "Acme" }""");

        Assert.Empty(diagnostics);
        Assert.Equal("Acme", config!.Title);
        Assert.Equal("/", config.BaseUrl);
        Assert.Null(config.Period);
        Assert.Null(config.AsOf);
        Assert.Equal("default", config.Theme);
        Assert.Equal(["content/data/*.csv"], config.Data.AsEnumerable());
        Assert.Equal(0.7, config.Scoring.Success);
        Assert.Equal(0.4, config.Scoring.AtRisk);
        Assert.False(config.AllowHtml);
        Assert.Null(config.Csv.DecimalSeparator);
    }

    [Fact]
    public void Reads_every_key()
    {
        var (config, diagnostics) = Parse("""
            {
              "title": "Acme",
              "baseUrl": "/okr",
              "period": "2026-Q3",
              "asOf": "2026-09-15",
              "theme": "corporate",
              "data": ["exports/*.csv", "more/**/*.csv"],
              "scoring": { "success": 0.8, "atRisk": 0.5 },
              "allowHtml": true,
              "csv": { "decimal": ",", "dateFormat": "MM/dd/yyyy" },
              // comments and trailing commas are accepted in a hand-edited file
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("/okr/", config!.BaseUrl);
        Assert.Equal("2026-Q3", config.Period.ToString());
        Assert.Equal(new DateOnly(2026, 9, 15), config.AsOf);
        Assert.Equal("corporate", config.Theme);
        Assert.Equal(["exports/*.csv", "more/**/*.csv"], config.Data.AsEnumerable());
        Assert.Equal(new ScoringOptions(0.8, 0.5), config.Scoring);
        Assert.True(config.AllowHtml);
        Assert.Equal(',', config.Csv.DecimalSeparator);
        Assert.Equal("MM/dd/yyyy", config.Csv.DateFormat);
    }

    [Fact]
    public void Unknown_key_is_a_warning_at_its_line_that_suggests_the_nearest_key()
    {
        var (config, diagnostics) = Parse("{\n  \"title\": \"Acme\",\n  \"asof\": \"2026-09-15\"\n}");

        Assert.NotNull(config);
        var warning = Diagnose.Single(diagnostics, Codes.SiteConfigUnknownKey);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("site.json(3,3): warning OKR0003: unknown key 'asof' in site.json is ignored; did you mean 'asOf'?", warning.ToString());
    }

    [Fact]
    public void Unknown_nested_key_is_reported_with_its_path()
    {
        var (_, diagnostics) = Parse("{\n  \"title\": \"Acme\",\n  \"scoring\": { \"sucess\": 0.8 }\n}");

        var warning = Diagnose.Single(diagnostics, Codes.SiteConfigUnknownKey);
        Assert.Equal(3, warning.Line);
        Assert.Contains("'scoring.sucess'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'success'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_line_and_column()
    {
        var (config, diagnostics) = Parse("{\n  \"title\": \"Acme\"\n  \"period\": \"2026-Q3\"\n}");

        Assert.Null(config);
        var error = Diagnose.Single(diagnostics, Codes.SiteConfigInvalidJson);
        Assert.Equal("site.json", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("site.json is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"period\": \"2026-Q5\"", "period '2026-Q5' is not a period")]
    [InlineData("\"asOf\": \"15.09.2026\"", "asOf '15.09.2026' is not a date")]
    [InlineData("\"asOf\": \"2026-02-30\"", "asOf '2026-02-30' is not a date")]
    [InlineData("\"asOf\": \"0001-01-01\"", "asOf '0001-01-01' is outside the supported dates 0100-01-01 to 9998-12-31; check the year")]
    [InlineData("\"asOf\": \"0099-12-31\"", "asOf '0099-12-31' is outside the supported dates")]
    [InlineData("\"asOf\": \"9999-12-31\"", "asOf '9999-12-31' is outside the supported dates")]
    [InlineData("\"scoring\": { \"success\": 0.3, \"atRisk\": 0.5 }", "scoring needs 0 < atRisk <= success <= 1")]
    [InlineData("\"scoring\": { \"success\": \"high\" }", "scoring.success must be a number")]
    [InlineData("\"csv\": { \"decimal\": \";\" }", "csv.decimal ';' must be \".\" or \",\"")]
    [InlineData("\"csv\": { \"dateFormat\": \"yyyy\" }", "csv.dateFormat 'yyyy' is not a .NET date format")]
    [InlineData("\"data\": 3", "data must be a glob or a list of globs relative to site.json, such as [\"content/data/*.csv\"], but is 3")]
    [InlineData("\"allowHtml\": \"yes\"", "allowHtml must be true or false")]
    [InlineData("\"theme\": \"../evil\"", "theme '../evil' must be a folder name")]
    public void Invalid_values_are_errors_at_their_line(string entry, string message)
    {
        var (_, diagnostics) = Parse($"{{\n  \"title\": \"Acme\",\n  {entry}\n}}");

        var error = Diagnose.Single(diagnostics, Codes.SiteConfigInvalidValue);
        Assert.Equal(3, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        var (_, diagnostics) = Parse("""{ "baseUrl": "/" }""");

        Assert.Equal("site.json(1,1): error OKR0005: site.json needs a \"title\", the name shown at the top of every page", Diagnose.Single(diagnostics, Codes.SiteConfigMissingTitle).ToString());
    }

    [Fact]
    public void A_json_array_is_not_a_config() =>
        Assert.Equal(Codes.SiteConfigInvalidJson.Id, Assert.Single(Parse("[1, 2]").Diagnostics).Code);

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{ "title": "Acme" }""")).ToArray();

        var (config, diagnostics) = Diagnose.Run(bag => SiteConfigLoader.Parse(bytes, bag));

        Assert.Empty(diagnostics);
        Assert.Equal("Acme", config!.Title);
    }
}
