using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html;

namespace OkrSite.Tests.Model;

public class SitePathsTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    public static TheoryData<string, string, string> EveryKindOfPage => new()
    {
        { "dashboard", SitePaths.DashboardUrl, "index.html" },
        { "alignment", SitePaths.AlignmentIndexUrl, "alignment/index.html" },
        { "alignment of a period", SitePaths.AlignmentUrl(Q3), "alignment/2026-Q3/index.html" },
        { "alignment of a year", SitePaths.AlignmentUrl(Period.Parse("2026")), "alignment/2026/index.html" },
        { "periods index", SitePaths.PeriodsUrl, "periods/index.html" },
        { "period", SitePaths.PeriodUrl(Q3), "periods/2026-Q3/index.html" },
        { "half", SitePaths.PeriodUrl(Period.Parse("2026-h1")), "periods/2026-H1/index.html" },
        { "year", SitePaths.PeriodUrl(Period.Parse("2026")), "periods/2026/index.html" },
        { "objective", SitePaths.ObjectiveUrl(Q3, "retention"), "objectives/2026-Q3/retention/index.html" },
        { "former objective URL", SitePaths.FormerObjectiveUrl("retention"), "objectives/retention/index.html" },
        { "KPIs index", SitePaths.KpisUrl, "kpis/index.html" },
        { "KPI", SitePaths.KpiUrl("uptime"), "kpis/uptime/index.html" },
        { "teams index", SitePaths.TeamsUrl, "teams/index.html" },
        { "team", SitePaths.TeamUrl("sales"), "teams/sales/index.html" },
        { "404", SitePaths.NotFoundUrl, "404.html" },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfPage))]
    public void Each_kind_of_page_has_its_url_and_output_file(string kind, string url, string file)
    {
        Assert.True(SitePaths.FileOf(url) == file, $"{kind}: '{url}' is written to '{SitePaths.FileOf(url)}', expected '{file}'");

        // A server answers a folder URL with its index.html: the URL and the file it serves agree.
        Assert.Equal(url, file.EndsWith("/index.html", StringComparison.Ordinal) || file == "index.html" ? file[..^"index.html".Length] : file);
    }

    [Fact]
    public void Charts_sit_beside_their_page_in_one_svg()
    {
        var chart = SitePaths.KeyResultChart(Q3, "retention", "kr1");

        Assert.Equal("objectives/2026-Q3/retention/kr1", chart);
        Assert.Equal("objectives/2026-Q3/retention/kr1.svg", SitePaths.ChartSvg(chart));
        Assert.StartsWith(SitePaths.ObjectiveUrl(Q3, "retention"), chart, StringComparison.Ordinal);
        Assert.Equal("kpis/uptime/trend.svg", SitePaths.ChartSvg(SitePaths.KpiChart("uptime")));
    }

    [Fact]
    public void The_same_objective_id_in_two_periods_has_two_pages() =>
        Assert.NotEqual(SitePaths.FileOf(SitePaths.ObjectiveUrl(Q3, "retention")), SitePaths.FileOf(SitePaths.ObjectiveUrl(Period.Parse("2026-Q4"), "retention")));

    [Theory]
    [InlineData("/", "/objectives/2026-Q3/retention/")]
    [InlineData("/okrsite/", "/okrsite/objectives/2026-Q3/retention/")]
    [InlineData("https://example.org/okr/", "https://example.org/okr/objectives/2026-Q3/retention/")]
    public void Urls_outside_the_site_are_behind_the_base_url(string baseUrl, string expected) =>
        Assert.Equal(expected, SitePaths.Absolute(baseUrl, SitePaths.ObjectiveUrl(Q3, "retention")));

    [Fact]
    public void Report_json_is_at_the_root() => Assert.Equal("report.json", SitePaths.ReportJson);

    private static Gen<string> AnyPage { get; } =
        from period in Gen.Elements("2026", "2026-H2", "2026-Q1", "0100-Q4", "9998")
        from id in Gen.Elements("a", "retention", "2026", "x-1", "kr1")
        from kind in Gen.Choose(0, 9)
        select kind switch
        {
            0 => SitePaths.DashboardUrl,
            1 => id == "a" ? SitePaths.AlignmentIndexUrl : SitePaths.AlignmentUrl(Period.Parse(period)),
            2 => SitePaths.PeriodUrl(Period.Parse(period)),
            3 => SitePaths.ObjectiveUrl(Period.Parse(period), id),
            4 => SitePaths.KpiUrl(id),
            5 => SitePaths.TeamUrl(id),
            6 => SitePaths.FormerObjectiveUrl(id),
            7 => SitePaths.KpisUrl,
            8 => SitePaths.PeriodsUrl,
            _ => SitePaths.TeamsUrl,
        };

    /// <summary>
    /// A page links to another as its root (<see cref="PageRenderer.RootOf"/> of its own file) plus the other's URL;
    /// from the page's URL, under any base URL, that lands on the other page, and a server answers it with the other
    /// page's file.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property A_link_from_any_page_to_any_page_lands_on_the_file_of_that_page() =>
        Prop.ForAll(
            (from a in AnyPage from b in AnyPage from root in Gen.Elements("/", "/okrsite/", "/a/b/") select (From: a, To: b, Root: root)).ToArbitrary(),
            x =>
            {
                var site = new Uri(new Uri("https://example.org"), x.Root);
                var page = new Uri(site, x.From);
                var landed = new Uri(page, PageRenderer.RootOf(SitePaths.FileOf(x.From)) + x.To);
                var served = new Uri(landed, landed.AbsolutePath.EndsWith('/') ? "index.html" : string.Empty);
                return landed == new Uri(site, x.To) && served == new Uri(site, SitePaths.FileOf(x.To));
            });
}
