using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Load.Static;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Charts;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// The output of an on-demand build (<see cref="BuildOptions.OnDemand"/>, okrsite serve): every path the build would
/// write, each made only when asked for, by the render stages' own code (<see cref="ChartStage.Jobs"/>,
/// <see cref="SiteRenderer.PageList"/>, <see cref="PageRenderer"/>, <see cref="ReportJson"/>,
/// <see cref="SiteRenderer.Files"/>, <see cref="StaticCopy"/>), so that a file's bytes are the
/// ones okrsite build writes. A saved file then costs load, compute and the page the browser shows, not the whole
/// site. Each file is made once per build; charts and pages whose keys are unchanged come from the
/// <see cref="OnDemandCache"/> of earlier builds. Thread-safe.
/// </summary>
public sealed class OnDemandSite
{
    private readonly Dictionary<string, Func<byte[]>> _makers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _made = new(StringComparer.Ordinal);
    private readonly Lock _views = new();

    private OnDemandSite(string version) => Version = version;

    /// <summary>Names this build's inputs and options: two builds with the same version serve the same bytes.</summary>
    public string Version { get; }

    /// <summary>Every file the build would write, by its path in the output.</summary>
    public IReadOnlyCollection<string> Paths => _makers.Keys;

    public bool Contains(string path) => _makers.ContainsKey(path);

    /// <summary>Whether the file was made by an earlier request of this build (serve --timings times only the others).</summary>
    public bool IsMade(string path) => _made.TryGetValue(path, out var made) && made.IsValueCreated;

    /// <summary>
    /// The file at <paramref name="path"/> (null when the site has none), made now unless it was already. A template
    /// that fails leaves the file null and says why in <paramref name="errors"/> (with the template's file and line);
    /// it is tried again on the next request.
    /// </summary>
    public byte[]? Get(string path, out IReadOnlyList<Diagnostic> errors)
    {
        errors = [];
        if (!_makers.TryGetValue(path, out var make))
        {
            return null;
        }

        var lazy = _made.GetOrAdd(path, _ => new Lazy<byte[]>(make));
        try
        {
            return lazy.Value;
        }
        catch (TemplateException error)
        {
            _made.TryRemove(new KeyValuePair<string, Lazy<byte[]>>(path, lazy));
            var bag = new DiagnosticBag();
            bag.Add(error.Code, new SourceSpan(error.File, error.Line), error.Message);
            errors = bag.ToSortedList();
            return null;
        }
    }

    /// <summary>
    /// Lists every file of the build and prepares what pages share (views, the renderer, the page keys); draws every
    /// chart first when <paramref name="cache"/> has none yet, so that no page waits for hundreds. Static files are
    /// copied into memory at once: a collision with a generated path is OKR0409 here, as in a build.
    /// </summary>
    internal static OnDemandSite Create(Report report, Theme theme, UiText text, StaticFolder statics, OnDemandCache cache, InputLog inputs, ChartCache? drawn, DiagnosticBag diagnostics)
    {
        var backend = ScottPlotBackend.Instance;
        var jobs = ChartStage.Jobs(report, backend, text);
        var generation = cache.Begin(jobs.Select(j => j.Key).ToHashSet(StringComparer.Ordinal));
        if (!cache.Warm && drawn is not null)
        {
            Warm(report, text, jobs, cache, drawn);
        }

        var site = new OnDemandSite(VersionOf(report, inputs));
        var charts = new LazyCharts(jobs, cache, backend, text);
        var views = new ViewBuilder(report, new MarkdownRenderer(report.Config.AllowHtml), charts, statics.Favicon, text);
        var siteView = views.Site();
        var notFoundRoot = SiteRenderer.NotFoundRoot(report.Config);
        var renderer = new PageRenderer(theme, siteView, notFoundRoot, text);
        var keys = new PageKeys(theme, siteView, notFoundRoot, views.Text);
        foreach (var page in SiteRenderer.PageList(report, views))
        {
            site._makers[page.Path] = () =>
            {
                PageSpec spec;
                // A view builder memoises into shared dictionaries: one page's views are built at a time.
                lock (site._views)
                {
                    spec = page.Spec();
                }

                return cache.Page(keys.Of(spec), generation, () => renderer.Render(spec));
            };
        }

        foreach (var job in jobs)
        {
            site._makers[SitePaths.ChartSvg(job.Key)] = () => charts.Image(job).Utf8;
        }

        site._makers[SitePaths.ReportJson] = () =>
        {
            using var buffer = new MemoryStream();
            ReportJson.Write(report, buffer);
            return buffer.ToArray();
        };
        foreach (var file in SiteRenderer.Files(report, theme))
        {
            site._makers[file.Path] = file.Make;
        }

        if (statics.Files.Count > 0)
        {
            var copied = new MemoryOutput();
            var written = new WrittenPaths(copied);
            written.AddRange(site._makers.Keys);
            StaticCopy.Write(statics, written, diagnostics);
            foreach (var file in copied.Files)
            {
                site._makers[file.Path] = () => file.Content;
            }
        }

        return site;
    }

    /// <summary>The first build draws every chart (through the chart cache okrsite build shares), as a build would.</summary>
    private static void Warm(Report report, UiText text, List<ChartStage.Job> jobs, OnDemandCache cache, ChartCache drawn)
    {
        var output = new MemoryOutput();
        var views = ChartStage.Render(report, drawn, output, ScottPlotBackend.Instance, text).Views;
        var svgs = output.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            var view = views[job.Key];
            cache.AddChart(job.Key, job.Hash, new ChartImage(svgs[view.Src], view.Alt, view.Width, view.Height));
        }

        cache.Warm = true;
    }

    /// <summary>
    /// The XxHash128 of everything the build read (each file's bytes, each folder's listing, each path's answer) and
    /// the report date: the same inputs make the same site, byte for byte. A file's time stamp is left out, so a save
    /// that changed nothing reloads nothing.
    /// </summary>
    private static string VersionOf(Report report, InputLog inputs)
    {
        var set = inputs.ToSet(0);
        var hash = new XxHash128();
        void Add(string part)
        {
            hash.Append(Encoding.UTF8.GetBytes(part));
            hash.Append("\u001f"u8);
        }

        Add(report.AsOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Add(report.Period.ToString());
        foreach (var root in set.Roots)
        {
            Add(root.Root);
        }

        foreach (var probe in set.Probes)
        {
            Add(probe.Path);
            Add(probe.Digest);
        }

        foreach (var folder in set.Folders)
        {
            Add(folder.Path);
            Add(folder.Digest);
        }

        foreach (var file in set.Files)
        {
            Add(file.Path);
            Add(file.Hash);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash())[..16];
    }

    /// <summary>The chart views the view builder asks for, each drawn (or taken from the cache) when first asked for.</summary>
    private sealed class LazyCharts(List<ChartStage.Job> jobs, OnDemandCache cache, IChartBackend backend, UiText text) : IReadOnlyDictionary<string, ChartView>
    {
        private readonly Dictionary<string, ChartStage.Job> _jobs = jobs.ToDictionary(j => j.Key, StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ChartView> _views = new(StringComparer.Ordinal);

        public ChartImage Image(ChartStage.Job job) => cache.Chart(job.Key, job.Hash, () => backend.Render(job.Spec()));

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out ChartView value)
        {
            if (!_jobs.TryGetValue(key, out var job))
            {
                value = null;
                return false;
            }

            value = _views.GetOrAdd(key, _ =>
            {
                var spec = job.Spec();
                var image = cache.Chart(job.Key, job.Hash, () => backend.Render(spec));
                return ChartStage.View(job, spec, new ChartMeta(image.AltText, image.Width, image.Height), text);
            });
            return true;
        }

        public ChartView this[string key] => TryGetValue(key, out var view) ? view : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => _jobs.Keys;

        public IEnumerable<ChartView> Values => Keys.Select(k => this[k]);

        public int Count => _jobs.Count;

        public bool ContainsKey(string key) => _jobs.ContainsKey(key);

        public IEnumerator<KeyValuePair<string, ChartView>> GetEnumerator() => Keys.Select(k => new KeyValuePair<string, ChartView>(k, this[k])).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
