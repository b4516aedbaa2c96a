using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Config;

public class SiteConfigCheckInsTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json) =>
        Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes(json), bag));

    [Fact]
    public void Without_check_ins_the_defaults_apply()
    {
        var (config, diagnostics) = Parse("""{ "title": "Acme" }""");

        Assert.Empty(diagnostics);
        Assert.Equal(["content/checkins/*.csv"], config!.CheckIns.Files.AsEnumerable());
        Assert.Equal(CheckInCadence.Weekly, config.CheckIns.Cadence);
        Assert.Equal(3, config.CheckIns.LowConfidence);
    }

    [Theory]
    [InlineData("\"weekly\"", 7, false)]
    [InlineData("\"Biweekly\"", 14, false)]
    [InlineData("\"monthly\"", 0, true)]
    [InlineData("10", 10, false)]
    public void Reads_the_cadence_by_name_or_in_days(string cadence, int days, bool monthly)
    {
        var (config, diagnostics) = Parse($$"""{ "title": "Acme", "checkIns": { "files": ["okr/checkins/*.csv"], "cadence": {{cadence}}, "lowConfidence": 4 } }""");

        Assert.Empty(diagnostics);
        Assert.Equal(new CheckInCadence(days, monthly), config!.CheckIns.Cadence);
        Assert.Equal(["okr/checkins/*.csv"], config.CheckIns.Files.AsEnumerable());
        Assert.Equal(4, config.CheckIns.LowConfidence);
    }

    [Theory]
    [InlineData("\"cadence\": \"weakly\"", "did you mean 'weekly'?")]
    [InlineData("\"cadence\": 0", "whole number of days from 1 to 183")]
    [InlineData("\"cadence\": 7.5", "whole number of days")]
    [InlineData("\"lowConfidence\": 10", "from 0 to below 10")]
    [InlineData("\"files\": [\"../elsewhere/*.csv\"]", "'..' segment")]
    public void A_bad_value_is_an_error_at_its_key_and_the_default_is_kept(string entry, string message)
    {
        var (config, diagnostics) = Parse($$"""
            {
              "title": "Acme",
              "checkIns": { {{entry}} }
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(3, config!.CheckIns.LowConfidence);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_did_you_mean()
    {
        var (_, diagnostics) = Parse("""{ "title": "Acme", "checkIns": { "cadance": "weekly" } }""");

        var diagnostic = Diagnose.Single(diagnostics, Codes.SiteConfigUnknownKey);
        Assert.Contains("did you mean 'cadence'?", diagnostic.Message, StringComparison.Ordinal);
    }
}
