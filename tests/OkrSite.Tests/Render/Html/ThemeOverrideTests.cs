using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>docs/theme.md's walkthrough, done as it says, and its list of variables against the views.</summary>
public partial class ThemeOverrideTests
{
    private static readonly string ThemeDoc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "theme.md"));

    private static Dictionary<string, string> Pages(TempSite site)
    {
        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".css", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
    }

    [Fact]
    public void Copying_kpi_html_into_the_site_and_editing_it_changes_the_kpi_pages_only()
    {
        using var plain = TempSite.CopyOf("northwind");
        var before = Pages(plain);
        var template = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "pages", "kpi.html"));
        var edited = template.Replace("<h1>{{ k.name }}</h1>", "<h1>{{ k.name }}</h1>\n<p class=\"muted\">Owned by {{ k.owner ?? \"no one yet\" }}</p>", StringComparison.Ordinal);
        Assert.NotEqual(template, edited);
        using var site = TempSite.CopyOf("northwind").File("themes/default/pages/kpi.html", edited);

        var after = Pages(site);

        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = before.Keys.Where(k => before[k] != after[k]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["kpis/churn/index.html", "kpis/revenue/index.html"], changed);
        Assert.Contains("<p class=\"muted\">Owned by no one yet</p>", after["kpis/churn/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_copy_is_OKR0402_at_its_file_and_line()
    {
        using var site = TempSite.CopyOf("northwind").File("themes/default/pages/kpi.html", "{{ k = model }}\n<h1>{{ k.name }}</h1>\n{{ if k.owner }}\n");

        var result = TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "OKR0402");
        Assert.Equal("themes/default/pages/kpi.html", error.File);
    }

    [Theory]
    [InlineData(typeof(SiteView), "site")]
    [InlineData(typeof(PageView), "page")]
    [InlineData(typeof(KpiView), "model")]
    public void Every_variable_of_the_views_is_documented(Type view, string name)
    {
        var documented = CodeSpan().Matches(ThemeDoc).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var missing = view.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => SnakeCase(p.Name))
            .Where(p => !documented.Contains(p))
            .ToList();

        Assert.True(missing.Count == 0, $"theme.md does not name {name}'s {string.Join(", ", missing)}");
    }

    private static string SnakeCase(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex CodeSpan();
}
