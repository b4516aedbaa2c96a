using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class BusinessAsUsualCheckTests
{
    [Theory]
    [InlineData("Maintain 99.9% uptime", true)]
    [InlineData("keep churn low", true)] // case-insensitive
    [InlineData("CONTINUING the partner programme", true)]
    [InlineData("\"Sustain\" growth", true)] // leading punctuation is not a word
    [InlineData("Launch a product customers keep using", false)] // only the first word counts
    [InlineData("Keepsake boxes for every new customer", false)] // a whole word, not a prefix
    [InlineData("Maintenance-free onboarding", false)]
    [InlineData("Delight customers", false)]
    [InlineData("", false)]
    public void Flags_a_title_that_starts_with_a_business_as_usual_word(string title, bool flagged)
    {
        var findings = Run(new BusinessAsUsualCheck(), Report([Objective("o", title: title)]));

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Theory]
    [InlineData("Maintain uptime", "Maintain")]
    [InlineData("  — Keep's promise", "Keep's")]
    [InlineData("Re-launch the site", "Re-launch")]
    [InlineData("!!!", null)]
    public void The_first_word_keeps_inner_apostrophes_and_hyphens(string title, string? first) =>
        Assert.Equal(first, BusinessAsUsualCheck.FirstWord(title));

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-GB", true)]
    [InlineData("EN-us", true)]
    [InlineData("de", false)] // an English list says nothing about a German title
    [InlineData("eng", false)]
    public void The_english_list_applies_to_english_sites_only(string language, bool flagged)
    {
        var findings = Run(new BusinessAsUsualCheck(), Report([Objective("o", title: "Keep churn low")], language: language));

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Fact]
    public void Site_json_words_replace_the_list_in_any_language()
    {
        var options = CoachOptions.Default with { BusinessAsUsual = ["halten", "weiterführen"] };

        Assert.Single(Run(new BusinessAsUsualCheck(), Report([Objective("o", title: "Halten der Kundenzahl")], options: options, language: "de")));
        Assert.Empty(Run(new BusinessAsUsualCheck(), Report([Objective("o", title: "Keep churn low")], options: options, language: "de")));
    }
}
