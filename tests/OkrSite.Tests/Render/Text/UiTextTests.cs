using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Text;

namespace OkrSite.Tests.Render.Text;

public class UiTextTests
{
    [Fact]
    public void Plural_forms_are_picked_by_the_first_value()
    {
        var text = TextFixtures.Of("en", "x.objectives: { one: \"{0} objective\", other: \"{0} objectives\" }\n");

        Assert.Equal("1 objective", text.Get("x.objectives", 1));
        Assert.Equal("0 objectives", text.Get("x.objectives", 0));
        Assert.Equal("2 objectives", text.Get("x.objectives", 2));
        Assert.Equal("1,500 objectives", text.Get("x.objectives", 1500));
    }

    [Fact]
    public void A_key_the_language_lacks_reads_in_english_with_a_warning_listing_it()
    {
        var text = TextFixtures.Load("fr", out var diagnostics, ("fr", "status.on-track: \"En bonne voie\"\n"));

        Assert.Equal("fr", text.Language);
        Assert.Equal("En bonne voie", text.Get("status.on-track"));
        Assert.Equal("At risk", text.Get("status.at-risk"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Codes.TextTranslationIncomplete.Id, warning.Code);
        Assert.Equal("themes/default/i18n/fr.yaml", warning.File);
        Assert.Contains("status.at-risk", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_file_overrides_the_tool_s_key_by_key()
    {
        var text = TextFixtures.Load("de", out var diagnostics, ("de", "status.on-track: \"Läuft\"\n"));

        Assert.Equal("Läuft", text.Get("status.on-track"));
        Assert.Equal("Gefährdet", text.Get("status.at-risk"));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_regional_tag_uses_its_language_s_file()
    {
        var text = TextFixtures.Load("de-AT", out var diagnostics);

        Assert.Equal("de", text.Language);
        Assert.Equal("0,5", text.Format.Number(0.5));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_language_without_a_file_is_english_with_a_warning_naming_the_files_there_are()
    {
        var text = TextFixtures.Load("sv", out var diagnostics);

        Assert.Equal("en", text.Language);
        Assert.Equal("On track", text.Get("status.on-track"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Codes.TextLanguageUnknown.Id, warning.Code);
        Assert.Equal("site.json", warning.File);
        Assert.Contains("{de, en}", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: [1, 2\n", 2)]
    [InlineData("a: \"x\"\nb: { one: \"x\" }\n", 2)]
    [InlineData("a: \"x\"\nb: { one: \"x\", many: \"y\" }\n", 2)]
    [InlineData("a: \"x\"\n\nb: \"{0\"\n", 3)]
    [InlineData("a: \"x\"\na: \"y\"\n", 2)]
    [InlineData("a:\n  - x\n", 1)]
    [InlineData("- a\n", 1)]
    public void A_malformed_file_is_an_error_at_its_line(string yaml, int line)
    {
        TextFixtures.Load("de", out var diagnostics, ("de", yaml));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.TextResourceMalformed.Id, error.Code);
        Assert.Equal("themes/default/i18n/de.yaml", error.File);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_translation_that_reads_more_values_than_english_gives_is_an_error()
    {
        TextFixtures.Load("de", out var diagnostics, ("de", "status.on-track: \"Im Plan {1}\"\n"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.TextPlaceholders.Id, error.Code);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Too_few_values_for_a_text_is_refused_not_thrown_as_a_format_error()
    {
        var text = TextFixtures.Of("en", "x.pair: \"{0} and {1}\"\n");

        var ex = Assert.Throws<TextException>(() => text.Get("x.pair", 1));
        Assert.Contains("reads 2 values", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_adds_nothing()
    {
        var text = TextFixtures.Load("en", out var diagnostics, ("en", "# nothing yet\n"));

        Assert.Equal("On track", text.Get("status.on-track"));
        Assert.Empty(diagnostics);
    }
}
