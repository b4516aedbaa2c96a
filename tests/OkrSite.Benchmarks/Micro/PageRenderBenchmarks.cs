using BenchmarkDotNet.Attributes;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Html;
using Scriban;

namespace OkrSite.Benchmarks.Micro;

/// <summary>
/// One page of each kind of the small site (built with its charts, so pages carry the chart markup and data tables),
/// rendered by PageRenderer exactly as a build does (template, then layout), and the parts of that cost: building all
/// views (with the Markdown), one Markdown body, a template context, and loading plus parsing one partial (which every
/// page does again for every partial it includes, since Scriban caches includes per context).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class PageRenderBenchmarks
{
    private Fixtures.Built _site = null!;
    private PageRenderer _renderer = null!;
    private PageSpec _objective = null!;
    private PageSpec _kpi = null!;
    private PageSpec _team = null!;
    private PageSpec _dashboard = null!;
    private string _body = string.Empty;
    private MarkdownRenderer _markdown = null!;
    private string _partial = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _site = Fixtures.Build("small", charts: true);
        var views = new ViewBuilder(_site.Report, new MarkdownRenderer(false), _site.Charts.Views);
        var pages = SiteRenderer.Pages(_site.Report, views);
        _renderer = new PageRenderer(_site.Theme, views.Site(), _site.Report.Config.BaseUrl);

        // The objective of the current period with the most metric key results: a typical, chart-heavy objective page.
        var objective = _site.Report.Objectives.Where(o => o.Period == _site.Report.Period).MaxBy(o => o.KeyResults.Count(k => k.Metric is not null))!;
        _objective = pages.Single(p => p.Path == SitePaths.FileOf(SitePaths.ObjectiveUrl(objective)));
        _kpi = pages.First(p => p.Kind == "kpi");
        _team = pages.First(p => p.Kind == "team");
        _dashboard = pages.Single(p => p.Path == "index.html");
        _body = objective.Body.Text;
        _markdown = new MarkdownRenderer(false);
        _partial = _site.Theme.ReadText("partials/objective-card.html")!;
        Console.WriteLine($"// objective page {_objective.Path}: {_renderer.Render(_objective).Length / 1024} KB; KPI page {_renderer.Render(_kpi).Length / 1024} KB; dashboard {_renderer.Render(_dashboard).Length / 1024} KB");
    }

    [Benchmark]
    public int ObjectivePage() => _renderer.Render(_objective).Length;

    [Benchmark]
    public int KpiPage() => _renderer.Render(_kpi).Length;

    [Benchmark]
    public int TeamPage() => _renderer.Render(_team).Length;

    [Benchmark]
    public int DashboardPage() => _renderer.Render(_dashboard).Length;

    /// <summary>All views of the small site (every page's model, Markdown included), as the render-pages stage builds them first.</summary>
    [Benchmark]
    public int AllViews() => SiteRenderer.Pages(_site.Report, new ViewBuilder(_site.Report, new MarkdownRenderer(false), _site.Charts.Views)).Count;

    [Benchmark]
    public int MarkdownBody() => _markdown.Render(_body).Html.Length;

    [Benchmark]
    public object TemplateContext() => new HtmlTemplateContext(_site.Theme);

    /// <summary>What an include costs a page the first time it uses a partial: read it from the theme and parse it.</summary>
    [Benchmark]
    public int PartialLoadAndParse() => Statements(Template.Parse(_site.Theme.ReadText("partials/objective-card.html")!, "objective-card.html"));

    [Benchmark]
    public int PartialParseOnly() => Statements(Template.Parse(_partial, "objective-card.html"));

    private static int Statements(Template template) => template.Page?.Body?.Statements?.Count ?? 0;
}
