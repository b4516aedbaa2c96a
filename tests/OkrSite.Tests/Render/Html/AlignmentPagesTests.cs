using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The alignment pages: one per period with objectives plus alignment/, a selector of links, other periods tagged.</summary>
public partial class AlignmentPagesTests
{
    private static readonly Lazy<BuildResult> Sample = new(() => TestBuild.Run(new BuildOptions(Repository.Root, Write: false)));

    private static string Page(BuildResult build, string path) =>
        Encoding.UTF8.GetString(build.Files.Single(f => f.Path == path).Content);

    [Fact]
    public void Every_period_with_objectives_has_its_tree_and_alignment_shows_the_reporting_one()
    {
        var paths = Sample.Value.Files.Select(f => f.Path).Where(p => p.StartsWith("alignment/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(["alignment/2026-Q3/index.html", "alignment/2026-Q4/index.html", "alignment/2026/index.html", "alignment/index.html"], paths);
        Assert.Equal(Anchors(Page(Sample.Value, "alignment/2026-Q4/index.html")), Anchors(Page(Sample.Value, "alignment/index.html")));
        Assert.Equal(["2026-Q4/effortless-ticketing", "2026-Q4/loyal-customers-q4", "2026-Q4/website-relaunch", "2026/delight-and-keep-customers", "2026/top-ticketing-product"], Anchors(Page(Sample.Value, "alignment/index.html")).Order(StringComparer.Ordinal));

        static IEnumerable<string> Anchors(string html) => Regex.Matches(html, "id=\"objective-([^\"]+)\"").Select(m => m.Groups[1].Value);
    }

    [Fact]
    public void The_selector_is_links_with_the_pages_own_period_current()
    {
        var html = Page(Sample.Value, "alignment/2026-Q3/index.html");

        var nav = Selector().Match(html).Value;
        Assert.Equal(["../../alignment/2026/", "../../alignment/2026-Q3/", "../../alignment/2026-Q4/"], Href().Matches(nav).Select(m => m.Groups[1].Value));
        Assert.Contains("<a href=\"../../alignment/2026-Q3/\" aria-current=\"page\">2026-Q3</a>", nav, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(nav, "aria-current"));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_shows_the_annual_objective_it_serves_with_its_period_and_not_the_other_quarters_namesake()
    {
        var q3 = Page(Sample.Value, "alignment/2026-Q3/index.html");

        Assert.Contains("Delight and keep every customer</a> <span class=\"period-tag\">2026</span>", q3, StringComparison.Ordinal);
        Assert.Contains("id=\"objective-2026-Q3/loyal-customers-q3\"", q3, StringComparison.Ordinal);
        Assert.DoesNotContain("objective-2026-Q4/loyal-customers-q4", q3, StringComparison.Ordinal);

        // The year's tree has both quarters' "Create wildly loyal customers", each tagged with its quarter.
        var year = Page(Sample.Value, "alignment/2026/index.html");
        Assert.Contains("Create wildly loyal customers</a> <span class=\"period-tag\">2026-Q3</span>", year, StringComparison.Ordinal);
        Assert.Contains("Create wildly loyal customers</a> <span class=\"period-tag\">2026-Q4</span>", year, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objective_with_two_parents_is_shown_under_the_first_by_key_and_referenced_under_the_other()
    {
        var q4 = Page(Sample.Value, "alignment/2026-Q4/index.html");

        // effortless-ticketing aligns to 2026/delight-and-keep-customers and 2026/top-ticketing-product: in full
        // under delight, the company's top-ticketing-product (a root before the team's) references it.
        Assert.Single(Regex.Matches(q4, "id=\"objective-2026-Q4/effortless-ticketing\""));
        Assert.Single(Regex.Matches(q4, "href=\"#objective-2026-Q4/effortless-ticketing\""));
        Assert.True(
            q4.IndexOf("href=\"#objective-2026-Q4/effortless-ticketing\"", StringComparison.Ordinal) < q4.IndexOf("id=\"objective-2026/delight-and-keep-customers\"", StringComparison.Ordinal),
            "referenced under top-ticketing-product, which comes first");
        Assert.True(
            q4.IndexOf("id=\"objective-2026/delight-and-keep-customers\"", StringComparison.Ordinal) < q4.IndexOf("id=\"objective-2026-Q4/effortless-ticketing\"", StringComparison.Ordinal),
            "shown in full under delight-and-keep-customers");
    }

    [Fact]
    public void A_site_of_40_quarters_links_only_the_periods_of_a_pages_year_and_its_neighbours()
    {
        using var site = ShapeSites.Quarters(40);
        var build = TestBuild.Run(new BuildOptions(site.Root, Write: false));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        var html = Page(build, "alignment/2030-Q2/index.html");

        Assert.Equal(
            ["2029-Q1", "2030-Q1", "2030-Q2", "2030-Q3", "2030-Q4", "2031-Q1"],
            Href().Matches(Selector().Match(html).Value).Select(m => m.Groups[1].Value.Split('/')[^2]));
    }

    [GeneratedRegex("<nav class=\"period-select\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Selector();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
