using System.Text.RegularExpressions;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Text;

/// <summary>The default theme's own resource files: complete, consistent, and covering every key its templates use.</summary>
public partial class ShippedTextTests
{
    private static readonly string I18n = Path.Combine(Repository.Root, "themes", "default", "i18n");

    private static IReadOnlyDictionary<string, TextEntry> Entries(string language)
    {
        var file = $"themes/default/i18n/{language}.yaml";
        var parsed = TextResource.Parse(file, File.ReadAllText(Path.Combine(I18n, $"{language}.yaml")));
        Assert.Empty(parsed.Problems);
        return parsed.Entries;
    }

    [Fact]
    public void German_has_every_english_key_and_no_other()
    {
        var english = Entries("en").Keys.Order(StringComparer.Ordinal).ToList();
        var german = Entries("de").Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(english, german);
    }

    [Fact]
    public void Each_german_text_has_the_placeholders_and_plural_forms_of_its_english_one()
    {
        var german = Entries("de");
        foreach (var (key, english) in Entries("en"))
        {
            var translation = german[key];
            Assert.True(Placeholders(english) == Placeholders(translation), $"{key}: English has {{{Placeholders(english)}}}, German {{{Placeholders(translation)}}}");
            Assert.True(english.IsPlural == translation.IsPlural, $"{key}: plural in one file only");
        }
    }

    [Fact]
    public void The_shipped_files_build_without_a_diagnostic_in_both_languages()
    {
        foreach (var language in new[] { "en", "de" })
        {
            var diagnostics = new DiagnosticBag();
            var text = UiText.Load(Theme.BuiltIn, language, diagnostics);
            Assert.Empty(diagnostics.ToSortedList());
            Assert.Equal(language, text.Language);
        }
    }

    [Fact]
    public void Every_key_a_shipped_template_asks_for_is_in_english()
    {
        var english = Entries("en");
        var templates = Directory.EnumerateFiles(Path.Combine(Repository.Root, "themes", "default"), "*.html", SearchOption.AllDirectories);
        var used = templates.SelectMany(f => TemplateKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value))).ToList();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(english.ContainsKey(u.Key), $"{u.File} asks for '{u.Key}', which en.yaml lacks"));
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_english()
    {
        var english = Entries("en");
        var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "OkrSite.Core", "Render"), "*.cs", SearchOption.AllDirectories);
        var used = sources
            .SelectMany(f => File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
                .SelectMany(l => CodeKey().Matches(l)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Where(u => !u.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(english.ContainsKey(u.Key), $"{u.File} asks for '{u.Key}', which en.yaml lacks"));
    }

    /// <summary>The placeholders a text reads, as "0,1": the same set in every language, in any order.</summary>
    private static string Placeholders(TextEntry entry) =>
        string.Join(",", Enumerable.Range(0, entry.Arguments).Where(i => Uses(entry, i)));

    private static bool Uses(TextEntry entry, int index) =>
        Regex.IsMatch(Source(entry.Other), $@"\{{{index}[}}:,]") || (entry.One is { } one && Regex.IsMatch(Source(one), $@"\{{{index}[}}:,]"));

    private static string Source(System.Text.CompositeFormat format) => format.Format;

    [GeneratedRegex("""\bt\s+"([a-z0-9.-]+)"\s*""")]
    private static partial Regex TemplateKey();

    // Every literal that starts with a section's prefix: keys passed to Get directly, in a ternary or a switch arm.
    [GeneratedRegex(""""(?<![\\'])"((?:status|health|common|periods|notfound|dashboard|tables|print|charts|alignment|teams|kpis|objective|checkins|grades|changes|coach|a11y)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)"(?!')"""")]
    private static partial Regex CodeKey();
}
