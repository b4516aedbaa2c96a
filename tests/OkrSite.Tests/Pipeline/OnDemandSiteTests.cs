using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Pipeline;

/// <summary>
/// serve's on-demand build: the same files as a build, byte for byte, each made only when asked for, and a rebuild
/// that makes again only what its inputs changed.
/// </summary>
public sealed class OnDemandSiteTests : IDisposable
{
    private const string Objective = "content/okrs/2026-Q3/emea.md";

    private readonly TempSite _site = TempSite.CopyOf("northwind");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_file_equals_the_one_a_build_makes()
    {
        var built = Full();
        var site = OnDemand(new OnDemandCache());

        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), site.Paths.Order(StringComparer.Ordinal));
        foreach (var (path, content) in built)
        {
            Assert.True(content.AsSpan().SequenceEqual(site.Get(path, out var errors)), $"{path} differs from the build's ({string.Join("; ", errors)})");
        }
    }

    [Fact]
    public void Nothing_is_rendered_before_it_is_asked_for_and_a_page_is_made_once()
    {
        var cache = new OnDemandCache();
        var site = OnDemand(cache);
        Assert.Equal(0, cache.Made.Pages);

        var page = site.Get("kpis/index.html", out _);
        Assert.Same(page, site.Get("kpis/index.html", out _));
        Assert.Equal(1, cache.Made.Pages);
        Assert.Null(site.Get("no/such/page.html", out _));
    }

    [Fact]
    public void A_rebuild_after_an_edit_makes_again_only_the_pages_and_charts_it_changed()
    {
        var cache = new OnDemandCache();
        var before = OnDemand(cache);
        var pages = before.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var charts = before.Paths.Where(p => p.EndsWith(".svg", StringComparison.Ordinal) && !p.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        foreach (var path in pages.Concat(charts))
        {
            Assert.NotNull(before.Get(path, out _));
        }

        // The first build drew every chart up front: asking for them drew none again.
        var (drawn, rendered) = cache.Made;
        Assert.Equal(0, drawn);

        // Other objectives' pages (not the redirects of their former URLs) that do not show it are taken from the cache, not rendered (a list's view may hold
        // more than its page shows, so an index can be rendered again with the same bytes).
        var others = pages.Where(p => p.StartsWith("objectives/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3 && !System.Text.Encoding.UTF8.GetString(before.Get(p, out _)!).Contains("EMEA", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(others);
        _site.File(Objective, _site.Read(Objective).Replace("title: Win EMEA", "title: Win EMEA and the Nordics", StringComparison.Ordinal));
        var after = OnDemand(cache);
        Assert.NotEqual(before.Version, after.Version);
        Assert.All(others, p => Assert.Same(before.Get(p, out _), after.Get(p, out _)));
        Assert.Equal(rendered, cache.Made.Pages);
        var full = Full();
        Assert.All(pages, p => Assert.Equal(full[p], after.Get(p, out _)));

        var objective = pages.Single(p => p.StartsWith("objectives/2026-Q3/emea/", StringComparison.Ordinal));
        Assert.Contains("Win EMEA and the Nordics", System.Text.Encoding.UTF8.GetString(after.Get(objective, out _)!), StringComparison.Ordinal);

        // A title is not drawn in a chart: no chart is drawn again.
        foreach (var path in charts)
        {
            Assert.NotNull(after.Get(path, out _));
        }

        Assert.Equal(drawn, cache.Made.Charts);
    }

    [Fact]
    public void The_same_inputs_give_the_same_version()
    {
        var cache = new OnDemandCache();
        var first = OnDemand(cache).Version;
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, Objective), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(first, OnDemand(cache).Version);

        _site.File("content/okrs/2026-Q3/new.md", _site.Read(Objective).Replace("title: Win EMEA", "title: A new one", StringComparison.Ordinal).Replace("id: emea", "id: new-one", StringComparison.Ordinal));
        Assert.NotEqual(first, OnDemand(cache).Version);
    }

    [Fact]
    public void A_template_that_fails_on_one_page_gives_its_error_with_the_place_and_the_other_pages_still_come()
    {
        _site.File("themes/default/pages/kpi.html", "<h1>{{ page.title }}</h1>\n{{ include '../secret.html' }}\n");
        var site = OnDemand(new OnDemandCache());
        var kpi = site.Paths.First(p => p.StartsWith("kpis/", StringComparison.Ordinal) && p != "kpis/index.html" && p.EndsWith(".html", StringComparison.Ordinal));

        Assert.Null(site.Get(kpi, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(Codes.ThemeIncludeOutside.Id, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(2, error.Line);
        Assert.Contains("pages/kpi.html", error.File, StringComparison.Ordinal);
        Assert.Contains(kpi, error.Message, StringComparison.Ordinal);

        Assert.NotNull(site.Get("index.html", out var none));
        Assert.Empty(none);
    }

    private Dictionary<string, byte[]> Full()
    {
        var result = TestBuild.Run(new BuildOptions(_site.Root, Write: false, UseCache: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
    }

    private OnDemandSite OnDemand(OnDemandCache cache)
    {
        var result = SiteBuilder.Build(new BuildOptions(_site.Root, Write: false, UseCache: false) { OnDemand = cache });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Files);
        return result.OnDemand!;
    }
}
