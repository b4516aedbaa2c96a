using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Text;

/// <summary>A whole build in another language: site.json's language reaches the pages, and only the pages.</summary>
public class LanguageBuildTests
{
    private static BuildResult Build(TempSite site) => TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));

    private static TempSite Northwind(string language)
    {
        var site = TempSite.CopyOf("northwind");
        var json = site.Read("site.json").Replace("\"title\"", $"\"language\": \"{language}\", \"title\"", StringComparison.Ordinal);
        return site.File("site.json", json);
    }

    private static string Page(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    [Fact]
    public void A_german_site_has_german_text_and_numbers_on_its_pages_and_the_same_report_json()
    {
        using var english = Northwind("en");
        using var german = Northwind("de");

        var en = Build(english);
        var de = Build(german);

        Assert.True(de.Succeeded, string.Join("\n", de.Diagnostics));
        var objective = de.Files.Select(f => f.Path).First(p => p.StartsWith("objectives/2026-Q3/", StringComparison.Ordinal));
        var html = Page(de, objective);
        Assert.Contains("<h2>Schlüsselergebnisse</h2>", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Ausgangswert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Key results</h2>", html, StringComparison.Ordinal);
        Assert.Matches(@"<span class=""big-score"">\d,\d\d</span>", html);
        Assert.Contains("<h1>Zeiträume</h1>", Page(de, "periods/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1>Seite nicht gefunden</h1>", Page(de, "404.html"), StringComparison.Ordinal);
        Assert.Equal(Page(en, "report.json"), Page(de, "report.json"));
    }

    [Fact]
    public void A_language_without_text_builds_in_english_with_one_warning()
    {
        using var site = Northwind("sv");

        var result = Build(site);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.TextLanguageUnknown.Id);
        Assert.Equal("site.json", warning.File);
        Assert.Contains("<h1>Periods</h1>", Page(result, "periods/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_template_asking_for_a_key_no_file_has_fails_the_build_at_its_line()
    {
        using var site = TempSite.CopyOf("northwind").File("themes/default/pages/periods.html", "<h1>Periods</h1>\n<p>{{ t \"periods.no-such-key\" }}</p>\n");

        var result = Build(site);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.TextKeyMissing.Id);
        Assert.Equal(2, error.Line);
        Assert.Contains("periods.html", error.File, StringComparison.Ordinal);
        Assert.Contains("periods.no-such-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_site_text_file_stops_the_build_before_anything_is_written()
    {
        using var site = TempSite.CopyOf("northwind").File("themes/default/i18n/en.yaml", "status.on-track: \"On {0\"\n");

        var result = Build(site);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.Code == Codes.TextResourceMalformed.Id);
        Assert.Equal("themes/default/i18n/en.yaml", error.File);
        Assert.Equal(1, error.Line);
    }
}
