using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Load.Config;

/// <summary>site.json coach: every key, the percentage rule of alerts.change, and each bad value at its line.</summary>
public class CoachConfigTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string coach) =>
        Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes($"{{ \"title\": \"Acme\",\n  \"coach\": {coach} }}"), bag));

    [Fact]
    public void Without_coach_the_defaults_apply()
    {
        var (config, diagnostics) = Diagnose.Run(bag => SiteConfigLoader.Parse(Encoding.UTF8.GetBytes("""{ "title": "Acme" }"""), bag));

        Assert.Empty(diagnostics);
        Assert.Equal(CoachOptions.Default, config!.Coach);
        Assert.Equal((2, 5, 5, 10, 0.2, 0.9, 0.3, 3.0, 7.0, false), (config.Coach.MinKeyResults, config.Coach.MaxKeyResults, config.Coach.ObjectivesPerTeam, config.Coach.KpisPerTeam, config.Coach.AlertChange, config.Coach.HighScore, config.Coach.LowScore, config.Coach.LowConfidence, config.Coach.HighConfidence, config.Coach.Strict));
    }

    [Fact]
    public void Reads_every_key()
    {
        var (config, diagnostics) = Parse("""
            { "off": ["OKR0505", "lagging-kpi"], "strict": true, "keyResults": { "min": 1, "max": 4 }, "objectivesPerTeam": 3,
              "kpisPerTeam": 7, "alerts": { "change": 0.15 }, "scores": { "high": 0.95, "low": 0.2 },
              "confidence": { "low": 2, "high": 8 }, "businessAsUsual": ["halten"] }
            """);

        Assert.Empty(diagnostics);
        var coach = config!.Coach;
        Assert.Equal(["OKR0505", "lagging-kpi"], coach.Off.Select(o => o.Name));
        Assert.Equal(new SourceSpan("site.json", 2, 22), coach.Off[0].At); // each entry at its own line and column
        Assert.True(coach.Strict);
        Assert.Equal((1, 4, 3, 7, 0.15, 0.95, 0.2, 2.0, 8.0), (coach.MinKeyResults, coach.MaxKeyResults, coach.ObjectivesPerTeam, coach.KpisPerTeam, coach.AlertChange, coach.HighScore, coach.LowScore, coach.LowConfidence, coach.HighConfidence));
        Assert.Equal(["halten"], coach.BusinessAsUsual!.Value.AsEnumerable());
    }

    [Theory]
    [InlineData("0.2", 0.2)]
    [InlineData("\"20%\"", 0.2)]
    [InlineData("\"12.5 %\"", 0.125)]
    [InlineData("\"0.3\"", 0.3)]
    public void Alerts_change_is_a_fraction_or_a_percentage_in_quotes(string value, double expected)
    {
        var (config, diagnostics) = Parse($$"""{ "alerts": { "change": {{value}} } }""");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config!.Coach.AlertChange, 12);
    }

    [Theory]
    [InlineData("""{ "alerts": { "change": 20 } }""", "coach.alerts.change must be a fraction between 0 and 1 such as 0.2, or a percentage such as \"20%\", but is 20")]
    [InlineData("""{ "alerts": { "change": "120%" } }""", "coach.alerts.change must be a fraction between 0 and 1 such as 0.2, or a percentage such as \"20%\", but is 120%")]
    [InlineData("""{ "scores": { "high": "90%" } }""", "coach.scores.high must be a fraction between 0 and 1 such as 0.9, but is 90%")]
    [InlineData("""{ "keyResults": { "min": 4, "max": 3 } }""", "coach.keyResults needs min <= max, but min is 4 and max is 3")]
    [InlineData("""{ "keyResults": { "min": 1.5 } }""", "coach.keyResults.min must be a whole number of at least 1, but is 1.5")]
    [InlineData("""{ "kpisPerTeam": 0 }""", "coach.kpisPerTeam must be a whole number of at least 1, but is 0")]
    [InlineData("""{ "scores": { "high": 0.3, "low": 0.5 } }""", "coach.scores needs low < high, but low is 0.5 and high is 0.3")]
    [InlineData("""{ "confidence": { "high": 11 } }""", "coach.confidence.high must be between 0 and 10, but is 11")]
    [InlineData("""[]""", "coach must be an object such as { \"keyResults\": { \"min\": 2, \"max\": 5 }, \"off\": [\"OKR0505\"] }")]
    [InlineData("""{ "alerts": 0.2 }""", "coach.alerts must be an object such as { \"change\": 0.2 }")]
    public void A_bad_value_is_an_error_at_its_key_and_the_default_stays(string coach, string message)
    {
        var (config, diagnostics) = Parse(coach);

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, "OKR0004", message, 2), (error.Severity, error.Code, error.Message, error.Line));
        Assert.Equal(CoachOptions.Default, config!.Coach with { Off = CoachOptions.Default.Off });
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_did_you_mean()
    {
        var (_, diagnostics) = Parse("""{ "keyResult": { "min": 2 }, "alerts": { "chnage": 0.3 } }""");

        Assert.Equal(
            [
                "unknown key 'coach.keyResult' in 'coach' is ignored; did you mean 'keyResults'?",
                "unknown key 'coach.alerts.chnage' in 'coach.alerts' is ignored; did you mean 'change'?",
            ],
            diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal("OKR0003", d.Code));
    }
}
