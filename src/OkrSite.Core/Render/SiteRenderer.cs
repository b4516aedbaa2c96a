using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Static;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render;

/// <summary>
/// The render stage for pages: report.json, every page of the site, the files beside them (<see cref="Files"/>) and the
/// site's static files, as output files.
/// Pages render in parallel, streamed: each page's view is built when the page is keyed and rendered, then let go. Charts come from
/// <see cref="ChartStage"/>, which runs before this.
/// </summary>
internal static class SiteRenderer
{
    /// <summary>The parts of <see cref="RenderPages"/>, in order, as a profiler that splits them names them.</summary>
    public static readonly IReadOnlyList<string> Parts = ["report.json and files", "views (+ Markdown)", "page keys", "pages (templates)", "static files"];

    /// <summary>Writes report.json, every page, the theme's assets and the site's static files to <paramref name="sink"/>; returns the number of pages.</summary>
    /// <param name="part">
    /// When given, each of <see cref="Parts"/> runs through it, one after another, so that each can be measured on
    /// its own (the benchmark's profiler); otherwise report.json is written beside the views and pages.
    /// </param>
    /// <param name="statics">The site's static/ folder, copied last so that a file colliding with a generated one is found (OKR0409).</param>
    /// <param name="text">The interface text in the site's language (<see cref="UiText.Load"/>); the tool's English when not given.</param>
    /// <param name="cache">Pages kept from earlier builds: a page whose <see cref="PageKeys"/> key it has is not rendered again. None when not given.</param>
    public static int RenderPages(Report report, ChartStage.Result charts, Theme theme, DiagnosticBag diagnostics, IOutputSink sink, Action<string, Action>? part = null, StaticFolder? statics = null, UiText? text = null, PageCache? cache = null)
    {
        cache ??= PageCache.None;
        // Paths are remembered only when static files need checking against them: a large site writes 100,000 files.
        var written = statics is { Files.Count: > 0 } ? new WrittenPaths(sink) : null;
        written?.AddRange(charts.Views.Values.Select(c => c.Src));
        var output = (IOutputSink?)written ?? sink;
        void Json()
        {
            output.WriteStream(SitePaths.ReportJson, stream => ReportJson.Write(report, stream));
            foreach (var file in Files(report, theme))
            {
                if (file.Key is { } key && cache.Enabled)
                {
                    cache.Put(key(), file.Make, output, file.Path, KpiDataFile.CacheSuffix);
                }
                else
                {
                    output.Write(file.Path, file.Make());
                }
            }
        }

        // report.json and the files that no page shows are one large serial write: it runs beside the views and pages.
        var json = part is null ? Task.Run(Json) : Task.CompletedTask;
        var run = part ?? ((_, work) => work());
        if (part is not null)
        {
            part(Parts[0], Json);
        }

        ViewBuilder views = null!;
        IReadOnlyList<LazyPage> plans = [];
        PageRenderer renderer = null!;
        SiteView site = null!;
        PageKeys? pageKeys = null;
        try
        {
            void Setup()
            {
                views = new ViewBuilder(report, new MarkdownRenderer(report.Config.AllowHtml), charts.Views, statics?.Favicon, text);
                plans = PageList(report, views);
                site = views.Site();
                renderer = new PageRenderer(theme, site, NotFoundRoot(report.Config), text);
                pageKeys = cache.Enabled ? new PageKeys(theme, site, NotFoundRoot(report.Config), views.Text) : null;

                // The objective, KPI and team views, which several pages each show, built on all cores first.
                views.Prepare();
            }

            if (part is null)
            {
                // Streamed: each page's view is built, keyed and rendered (or taken from the cache) and then let go, so
                // the views of 18,000 pages are never all alive at once. The objective, KPI and team views that several
                // pages show are built once by the ViewBuilder and kept.
                Setup();
                Parallel.For(0, plans.Count, i =>
                {
                    var page = plans[i].Spec();
                    cache.Put(pageKeys?.Of(page), () => renderer.Render(page), output, page.Path);
                });
            }
            else
            {
                // Measured one part after another: every view, then every key, then every template.
                PageSpec[] pages = [];
                string?[] keys = [];
                run(Parts[1], () =>
                {
                    Setup();
                    pages = new PageSpec[plans.Count];
                    Parallel.For(0, plans.Count, i => pages[i] = plans[i].Spec());
                });
                run(Parts[2], () =>
                {
                    keys = new string?[pages.Length];
                    if (pageKeys is not null)
                    {
                        Parallel.For(0, pages.Length, i => keys[i] = pageKeys.Of(pages[i]));
                    }
                });
                run(Parts[3], () => Parallel.For(0, pages.Length, i => cache.Put(keys[i], () => renderer.Render(pages[i]), output, pages[i].Path)));
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is TemplateException))
        {
            foreach (var error in ex.InnerExceptions.Cast<TemplateException>().DistinctBy(e => (e.File, e.Line, e.Message)))
            {
                diagnostics.Add(error.Code, new SourceSpan(error.File, error.Line), error.Message);
            }

            return 0;
        }
        finally
        {
            // Never leave report.json still being written when the caller commits or discards the output.
            json.Wait();
        }

        run(Parts[4], () =>
        {
            if (written is not null)
            {
                StaticCopy.Write(statics!, written, diagnostics);
            }
        });

        return plans.Count;
    }

    /// <summary>
    /// The files beside report.json and the pages, each with how to make it: the KPIs' data files, report.json's
    /// schema, the former objective URLs' redirects and the theme's assets. okrsite build writes them all; serve makes
    /// each when it is asked for.
    /// </summary>
    public static IEnumerable<LazyFile> Files(Report report, Theme theme)
    {
        foreach (var kpi in report.Kpis.Where(KpiDataFile.Has))
        {
            yield return new(SitePaths.KpiData(kpi.Id), () => KpiDataFile.Write(kpi.Series.Points)) { Key = () => KpiDataFile.Key(kpi.Series.Points) };
        }

        yield return new(SitePaths.ReportSchema, ReportJson.Schema);
        foreach (var (path, html) in FormerObjectiveUrls.Redirects(report))
        {
            yield return new(path, () => html);
        }

        foreach (var asset in theme.Assets())
        {
            yield return new(asset, () => theme.ReadBytes(asset)!);
        }
    }

    /// <summary>
    /// What 404.html's links start with: the baseUrl, since a server shows it at any depth; with links that end in
    /// index.html the site is opened from a file share, where no server shows it, and its links are relative like
    /// every other page's (it sits at the root, so that is "").
    /// </summary>
    public static string NotFoundRoot(SiteConfig config) => config.Links == LinkStyle.IndexFiles ? string.Empty : config.BaseUrl;

    /// <summary>Every page of the site with the view it shows, every view built (on all cores) before this returns.</summary>
    public static IReadOnlyList<PageSpec> Pages(Report report, ViewBuilder views)
    {
        views.Prepare();
        return [.. PageList(report, views).Select(p => p.Spec())];
    }

    /// <summary>
    /// Every page of the site by its path, its view not built yet: <see cref="Pages"/> builds them all, serve only
    /// the one a browser asks for.
    /// </summary>
    public static IReadOnlyList<LazyPage> PageList(Report report, ViewBuilder views)
    {
        var title = report.Config.Title;
        var text = views.Text;
        var pages = new List<LazyPage>
        {
            Lazy(SitePaths.DashboardUrl, u => Page(u, "pages/dashboard.html", "dashboard", report.Index?.Title ?? title, views.Dashboard(report.Period, views.Intro()), $"OKR and KPI report for {report.Period}")),
            Lazy(SitePaths.AlignmentIndexUrl, u => Page(u, "pages/alignment.html", "alignment", views.AlignmentTitle(report.Period), views.Alignment(report.Period))),
            Lazy(SitePaths.PeriodsUrl, u => Page(u, "pages/periods.html", "periods", text.Get("periods.title"), views.Periods())),
            Lazy(SitePaths.KpisUrl, u => Page(u, "pages/kpis.html", "kpis", "KPIs", views.Kpis())),
            Lazy(SitePaths.TeamsUrl, u => Page(u, "pages/teams.html", "teams", "Teams", views.Teams())),
            Lazy(SitePaths.NotFoundUrl, u => Page(u, "pages/404.html", "404", text.Get("notfound.title"), views.Site())),
            Lazy(SitePaths.CoachUrl, u => Page(u, "pages/coach.html", "coach", text.Get("coach.title"), views.CoachPage(), text.Get("coach.description"))),
        };
        if (report.Comparison is not null)
        {
            pages.Add(Lazy(SitePaths.ChangesUrl, u => Page(u, "pages/changes.html", "changes", text.Get("changes.since-last"), views.Changes())));
        }

        pages.AddRange(report.Periods.Select(p => Lazy(SitePaths.PeriodUrl(p), u => Page(u, "pages/dashboard.html", "period", p.ToString(), views.Dashboard(p, Html.Views.IntroView.None)))));
        pages.AddRange(report.Evaluations.Where(e => e.Team is null).Select(e => Lazy(SitePaths.EvaluationUrl(e.Period), u => Page(u, "pages/evaluation.html", "evaluation", text.Get("periods.evaluation-of", e.Period.ToString()), views.Evaluation(e.Period), text.Get("grades.description", e.Period.ToString())))));
        pages.AddRange(report.Periods.Select(p => Lazy(SitePaths.AlignmentUrl(p), u => Page(u, "pages/alignment.html", "alignment", views.AlignmentTitle(p), views.Alignment(p)))));
        pages.AddRange(report.Objectives.Select(o => Lazy(SitePaths.ObjectiveUrl(o), u => Page(u, "pages/objective.html", "objective", o.Title, views.Objective(o.Key)))));
        pages.AddRange(report.Kpis.Select(k => Lazy(SitePaths.KpiUrl(k.Id), u => Page(u, "pages/kpi.html", "kpi", k.Name, views.Kpi(k.Id)))));
        pages.AddRange(report.Teams.Select(t => Lazy(SitePaths.TeamUrl(t.Id), u => Page(u, "pages/team.html", "team", t.Name, views.Team(t.Id)))));
        return pages;
    }

    private static LazyPage Lazy(string url, Func<string, PageSpec> spec) => new(SitePaths.FileOf(url), () => spec(url));

    private static PageSpec Page(string url, string template, string kind, string title, object model, string? description = null) =>
        new(SitePaths.FileOf(url), template, kind, title, model, description);
}

/// <summary>A page's output path and how to make its <see cref="PageSpec"/> (which builds its view).</summary>
internal sealed record LazyPage(string Path, Func<PageSpec> Spec);

/// <summary>An output file's path and how to make its bytes.</summary>
internal sealed record LazyFile(string Path, Func<byte[]> Make)
{
    /// <summary>Its key in the page cache, for a file worth keeping between builds (a KPI's data file); null: always made.</summary>
    public Func<string>? Key { get; init; }
}
