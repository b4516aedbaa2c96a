using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

/// <summary>
/// The page stage streams (each page's view built, keyed and rendered on whichever core is free, then let go); the
/// profiler runs the same work one part after another. Both must give the same files, byte for byte, and the same
/// pages as <see cref="SiteRenderer.Pages"/>.
/// </summary>
public class SiteRendererTests
{
    [Fact]
    public void Streamed_pages_equal_the_pages_rendered_part_after_part()
    {
        using var site = TempSite.CopyOf("northwind");
        var report = TestBuild.Run(new BuildOptions(site.Root, Write: false)).Report!;
        var charts = new ChartStage.Result(new Dictionary<string, ChartView>());
        var streamed = new MemoryOutput();
        var parted = new MemoryOutput();
        var parts = new List<string>();

        var count = SiteRenderer.RenderPages(report, charts, Theme.BuiltIn, new DiagnosticBag(), streamed);
        SiteRenderer.RenderPages(report, charts, Theme.BuiltIn, new DiagnosticBag(), parted, (name, work) => { parts.Add(name); work(); });

        Assert.Equal(SiteRenderer.Parts, parts);
        Assert.Equal(parted.Files.Select(f => f.Path), streamed.Files.Select(f => f.Path));
        Assert.All(parted.Files.Zip(streamed.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));

        var pages = SiteRenderer.Pages(report, new ViewBuilder(report, new MarkdownRenderer(false), charts.Views));
        Assert.Equal(pages.Count, count);
        Assert.Subset(streamed.Files.Select(f => f.Path).ToHashSet(), pages.Select(p => p.Path).ToHashSet());
    }
}
