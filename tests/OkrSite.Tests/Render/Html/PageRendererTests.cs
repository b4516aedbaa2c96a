using OkrSite.Core.Pipeline;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

public class PageRendererTests
{
    private static (IReadOnlyList<PageSpec> Pages, Func<PageRenderer> NewRenderer) Northwind()
    {
        using var site = TempSite.CopyOf("northwind");
        var report = TestBuild.Run(new BuildOptions(site.Root, Write: false)).Report!;
        var views = new ViewBuilder(report, new MarkdownRenderer(false), new Dictionary<string, ChartView>());
        var pages = SiteRenderer.Pages(report, views);
        return (pages, () => new PageRenderer(Theme.BuiltIn, views.Site(), report.Config.BaseUrl));
    }

    [Fact]
    public void A_reused_context_renders_every_page_as_a_fresh_one_does()
    {
        var (pages, newRenderer) = Northwind();
        var fresh = pages.ToDictionary(p => p.Path, p => newRenderer().Render(p));

        // One renderer on one thread: every page after the first reuses the context of the page before, in both orders.
        var reused = newRenderer();
        foreach (var page in pages.Concat(pages.Reverse()))
        {
            Assert.Equal(fresh[page.Path], reused.Render(page));
        }
    }

    [Fact]
    public void A_failed_render_leaves_nothing_behind_for_the_next_page()
    {
        var (pages, newRenderer) = Northwind();
        var renderer = newRenderer();
        var objective = pages.First(p => p.Kind == "objective");
        var expected = newRenderer().Render(objective);

        // A model the objective template cannot read fails mid-page, with globals pushed and output half written.
        Assert.Throws<TemplateException>(() => renderer.Render(objective with { Model = new object() }));

        Assert.Equal(expected, renderer.Render(objective));
    }
}
