using System.Globalization;
using System.Security.Cryptography;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// The page and chart caches are caches, not a second way to build: after any edit, a rebuild with the warm cache
/// and the previous output in place writes exactly the files, byte for byte, that a cold build of the edited site
/// writes, and it renders only the pages the edit touched.
/// </summary>
public class IncrementalBuildTests
{
    private const int Extra = 12;

    /// <summary>Each edit, and the most pages it may render again as a share of all (null: no bound, e.g. every page shows the site title).</summary>
    private static readonly Dictionary<string, (Action<TempSite> Edit, double? MostRendered)> Edits = new(StringComparer.Ordinal)
    {
        ["an objective's title"] = (s => s.File("content/okrs/2026-Q3/extra-3.md", Objective(3, title: "A sharper objective three")), 0.34),
        ["a key result's value in front matter"] = (s => s.File("content/okrs/2026-Q3/extra-3.md", Objective(3, current: 55)), 0.34),
        ["a value in a CSV file"] = (s => s.File("content/data/sales.csv", "metric,date,value,note\nrevenue,2026-06-30,100,\nrevenue,2026-07-31,110,Summer deal\nchurn,2026-06-29,4.0,\nchurn,2026-08-03,3.0,\n"), 0.5),
        ["a new objective file"] = (s => s.File("content/okrs/2026-Q3/extra-99.md", Objective(99)), 0.34),
        ["a deleted objective file"] = (s => File.Delete(Path.Combine(s.Root, "content/okrs/2026-Q3/extra-5.md")), 0.34),
        ["a team renamed"] = (s => s.File("content/teams/sales.md", "---\nname: Sales & Partners\n---\nEveryone who sells.\n"), null),
        ["site.json's title"] = (s => s.File("site.json", SiteJson("Northwind & Co OKRs", language: null)), null),
        ["site.json's language"] = (s => s.File("site.json", SiteJson("Northwind OKRs", language: "de")), null),
        ["a theme template (a site-local override)"] = (s => s.File("themes/default/pages/objective.html", Theme("pages/objective.html").Replace("</h1>", "</h1>\n<p class=\"marker\">local objective template</p>", StringComparison.Ordinal)), null),
        ["a theme partial"] = (s => s.File("themes/default/partials/objective-card.html", "<!-- a local card -->\n" + Theme("partials/objective-card.html")), null),
        ["an i18n file"] = (s => s.File("themes/default/i18n/en.yaml", "status.on-track: \"On course\"\n"), null),
        ["a static file"] = (s => s.File("static/robots.txt", "User-agent: *\n"), 0),
    };

    public static TheoryData<string> EditNames() => [.. Edits.Keys];

    [Theory]
    [MemberData(nameof(EditNames))]
    public void A_rebuild_after_an_edit_writes_exactly_what_a_cold_build_of_the_edited_site_writes(string edit)
    {
        using var site = Site();
        using var outputs = new TempSite();
        var cache = Path.Combine(outputs.Root, "cache");

        var a = Build(site, Path.Combine(outputs.Root, "a"), cache: null);
        var warm = Build(site, Path.Combine(outputs.Root, "b"), cache);
        Assert.Equal(Tree(a.Output), Tree(warm.Output));

        Edits[edit].Edit(site);
        var b = Build(site, Path.Combine(outputs.Root, "b"), cache);
        var c = Build(site, Path.Combine(outputs.Root, "c"), cache: null);

        var expected = Tree(c.Output);
        var actual = Tree(b.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value == actual[file.Key], $"{file.Key} differs after {edit}"));

        var (pages, rendered) = (b.Pages, b.Pages - b.PagesFromCache);
        Assert.True(rendered <= Math.Ceiling(pages * (Edits[edit].MostRendered ?? 1)), string.Create(CultureInfo.InvariantCulture, $"{edit}: {rendered} of {pages} pages rendered again"));
        if (Edits[edit].MostRendered is null or > 0)
        {
            Assert.True(rendered > 0, $"{edit}: no page was rendered again, yet the edit shows on pages");
        }
    }

    [Fact]
    public void Editing_one_objective_renders_only_the_pages_that_show_it()
    {
        using var site = Site();
        using var outputs = new TempSite();
        var cache = Path.Combine(outputs.Root, "cache");
        Build(site, Path.Combine(outputs.Root, "b"), cache);

        // extra-3 aligns to nothing: it shows on its page, its period's dashboard and alignment pages, and its team's page.
        site.File("content/okrs/2026-Q3/extra-3.md", Objective(3, title: "Retitled"));
        var b = Build(site, Path.Combine(outputs.Root, "b"), cache);

        Assert.InRange(b.Pages - b.PagesFromCache, 4, 10);
    }

    private sealed record Built(string Output, int Pages, int PagesFromCache);

    private static Built Build(TempSite site, string output, string? cache)
    {
        var result = TestBuild.Run(new BuildOptions(site.Root, OutputDirectory: output, CacheDirectory: cache, UseCache: cache is not null));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var stage = result.Timings.Single(t => t.Stage == "render pages");
        var hits = stage.CountOf is { } text && text.StartsWith("pages, ", StringComparison.Ordinal)
            ? int.Parse(text["pages, ".Length..text.IndexOf(' ', "pages, ".Length)], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : 0;
        return new Built(output, stage.Count!.Value, hits);
    }

    /// <summary>Every file of an output by its path, with its SHA-256.</summary>
    private static SortedDictionary<string, string> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>Northwind with a dozen more objectives of the sales team, so that one objective is a small part of the site.</summary>
    private static TempSite Site()
    {
        var site = TempSite.CopyOf("northwind");
        for (var i = 0; i < Extra; i++)
        {
            site.File($"content/okrs/2026-Q3/extra-{i}.md", Objective(i));
        }

        return site;
    }

    private static string Objective(int i, string? title = null, int? current = null) => string.Create(CultureInfo.InvariantCulture, $"""
        ---
        title: {title ?? $"Objective {i}"}
        team: sales
        key_results:
          - title: Calls made
            baseline: 0
            target: 100
            current: {current ?? 5 * i}
        ---
        The body of objective {i}.

        """);

    private static string SiteJson(string title, string? language) => $$"""
        {
          "title": "{{title}}",
          "period": "2026-Q3",
          "asOf": "2026-08-15",{{(language is null ? string.Empty : $"\n  \"language\": \"{language}\",")}}
          "coach": { "off": ["all"] }
        }

        """;

    private static string Theme(string file) => File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", file));
}
