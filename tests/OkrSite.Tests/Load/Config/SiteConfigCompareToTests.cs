using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Config;

public class SiteConfigCompareToTests
{
    private static (OkrSite.Core.Model.SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json) =>
        Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(json), bag));

    [Fact]
    public void A_path_inside_the_site_is_kept_as_written()
    {
        var (config, diagnostics) = Parse("""{ "title": "Acme", "compareTo": "content/reviews/last-review.json" }""");

        Assert.Empty(diagnostics);
        Assert.Equal("content/reviews/last-review.json", config!.CompareTo);
    }

    [Fact]
    public void Without_it_there_is_no_comparison()
    {
        Assert.Null(Parse("""{ "title": "Acme" }""").Config!.CompareTo);
    }

    [Theory]
    [InlineData("\"/srv/report.json\"", "absolute")]
    [InlineData("\"../other/report.json\"", "'..'")]
    [InlineData("\"\"", "empty")]
    [InlineData("42", "in quotes")]
    public void A_path_that_leaves_the_site_or_is_no_text_is_an_error_at_its_line(string value, string says)
    {
        var (config, diagnostics) = Parse($"{{\n  \"title\": \"Acme\",\n  \"compareTo\": {value}\n}}");

        var diagnostic = Diagnose.Single(diagnostics, Codes.SiteConfigBadCompareTo);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains(says, diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(config!.CompareTo);
    }

    [Fact]
    public void A_misspelt_key_suggests_compareTo()
    {
        var (_, diagnostics) = Parse("""{ "title": "Acme", "compareWith": "x.json" }""");

        Assert.Contains("compareTo", Diagnose.Single(diagnostics, Codes.SiteConfigUnknownKey).Message, StringComparison.Ordinal);
    }
}
