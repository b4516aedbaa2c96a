using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

public class SiteRenderingTests
{
    private static TempSite HostileSite() => new TempSite()
        .File("site.json", """{ "title": "Acme <script>alert(1)</script> & \"Co\"", "asOf": "2026-08-15" }""")
        .File("content/teams/rd.md", "---\nname: \"R&D <img src=x onerror=alert(1)>\"\n---\n")
        .File("content/kpis/nps.md", "---\nname: \"\\\"><script>k()</script>\"\nteam: rd\nunit: \"<b>pts</b>\"\ngreen: 50\nred: 20\n---\nBody <script>b()</script> [x](javascript:alert(1))\n")
        .File("content/data/d.csv", "metric,date,value,note\nnps,2026-06-30,30,\"</td><script>n()</script>\"\nnps,2026-08-01,40,ok\n")
        .File("content/okrs/2026-Q3/o.md", "---\ntitle: \"</script><script>o()</script>\"\nteam: rd\nowner: \"O'Brien & <Sons>\"\nkey_results:\n  - title: \"<iframe src=x>\"\n    metric: nps\n    target: 60\n---\n# Heading <script>h()</script>\n");

    /// <summary><c>okrsite check</c> of the northwind site with one theme file replaced.</summary>
    private static CliRun CheckWithThemeFile(string path, string text)
    {
        using var site = TempSite.CopyOf("northwind");
        site.File(path, text);
        return CliRun.Of("check", site.Root);
    }

    [Fact]
    public void Content_and_data_never_become_markup()
    {
        using var site = HostileSite();

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 8);
        foreach (var page in pages)
        {
            var html = Encoding.UTF8.GetString(page.Content);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>pts", html, StringComparison.Ordinal);
        }

        var objective = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "objectives/2026-Q3/o/index.html").Content);
        Assert.Contains("<h1>&lt;/script&gt;&lt;script&gt;o()&lt;/script&gt;</h1>", objective, StringComparison.Ordinal);
        Assert.Contains("O&#x27;Brien &amp; &lt;Sons&gt;", objective, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;/script&gt;", objective, StringComparison.Ordinal);
        var kpi = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kpis/nps/index.html").Content);
        Assert.Contains("&lt;/td&gt;&lt;script&gt;n()&lt;/script&gt;", kpi, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_kind_is_written_with_pretty_urls()
    {
        using var site = TempSite.CopyOf("northwind");

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));

        var paths = result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "index.html", "404.html", "report.json", "assets/style.css", "alignment/index.html", "kpis/index.html", "teams/index.html",
            "objectives/2026-Q3/emea/index.html", "objectives/2026/grow/index.html", "objectives/2026-Q4/next/index.html",
            "kpis/revenue/index.html", "kpis/churn/index.html", "teams/sales/index.html", "teams/sales-emea/index.html",
            "periods/2026-Q3/index.html", "periods/2026-Q4/index.html", "periods/2026/index.html",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
    }

    [Fact]
    public void The_404_page_links_through_base_url_because_it_is_served_at_any_depth()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", """{ "title": "N", "asOf": "2026-08-15", "baseUrl": "/northwind/" }""");

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));

        var notFound = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "404.html").Content);
        Assert.Contains("href=\"/northwind/assets/style.css\"", notFound, StringComparison.Ordinal);
        var objective = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "objectives/2026-Q3/emea/index.html").Content);
        Assert.Contains("href=\"../../../assets/style.css\"", objective, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_overrides_a_single_theme_file_and_keeps_the_rest()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("themes/default/pages/kpi.html", "<h1>Custom {{ model.name }}</h1>");

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));

        var kpi = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kpis/revenue/index.html").Content);
        Assert.Contains("<h1>Custom Revenue</h1>", kpi, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Site\">", kpi, StringComparison.Ordinal); // the built-in layout still wraps it
    }

    [Fact]
    public void A_theme_of_its_own_falls_back_to_the_built_in_files()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", """{ "title": "N", "asOf": "2026-08-15", "theme": "corporate" }""")
            .File("themes/corporate/assets/style.css", "body { color: navy; }");

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("body { color: navy; }", Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "assets/style.css").Content));
    }

    [Fact]
    public void An_unknown_theme_is_an_error()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", """{ "title": "N", "asOf": "2026-08-15", "theme": "fancy" }""");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.json: error OKR0401: theme 'fancy' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_is_an_error_with_its_file_and_line()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("themes/default/pages/team.html", "<h1>{{ model.name }}</h1>\n{{ for x in model.kpis }}\n");

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.ErrorLines.Any(l => l.StartsWith("themes/default/pages/team.html(", StringComparison.Ordinal) && l.Contains("error OKR0402", StringComparison.Ordinal)), run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_partial_includes_another_and_both_write_into_the_page_escaped_once()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("themes/default/pages/kpi.html", "<h1>{{ include 'outer.html' }}</h1>")
            .File("themes/default/partials/outer.html", "[{{ model.name | string.append '<&>' }}|{{ include 'inner.html' }}]")
            .File("themes/default/partials/inner.html", "{{ $x = 'local' }}({{ model.unit ?? '-' }})");

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var kpi = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kpis/revenue/index.html").Content);
        Assert.Contains("<h1>[Revenue&lt;&amp;&gt;|(kEUR)]</h1>", kpi, StringComparison.Ordinal);
    }

    [Fact]
    public void Including_a_partial_that_does_not_exist_is_an_error_naming_it()
    {
        var run = CheckWithThemeFile("themes/default/pages/kpi.html", "<h1>{{ model.name }}</h1>\n{{ include 'nope.html' }}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error OKR0402", StringComparison.Ordinal) && l.Contains("partials/nope.html", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_inside_a_partial_names_the_partial_and_its_line()
    {
        var run = CheckWithThemeFile("themes/default/partials/badge.html", "<span>\n{{ no_such_variable.x }}</span>");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.ErrorLines.Any(l => l.StartsWith("themes/default/partials/badge.html(2)", StringComparison.Ordinal)), run.Error);
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_with_an_error_instead_of_overflowing_the_stack()
    {
        var run = CheckWithThemeFile("themes/default/partials/badge.html", "x{{ include 'badge.html' }}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error OKR0402", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_names_an_unknown_variable_is_an_error_naming_the_page()
    {
        var run = CheckWithThemeFile("themes/default/pages/team.html", "<h1>{{ model.name }}</h1>\n{{ no_such_variable.x }}\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("themes/default/pages/team.html(2)", StringComparison.Ordinal) && l.Contains("teams/sales", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_carries_a_content_security_policy_that_allows_no_script_and_no_inline_style()
    {
        var result = TestBuild.Run(new BuildOptions(Repository.Root, Write: false));

        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(page.Content);
            Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        }
    }
}
