using OkrSite.Benchmarks.Generator;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;
using OkrSite.Core.Render;
using OkrSite.Core.Write;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Validate;

namespace OkrSite.Benchmarks.Micro;

/// <summary>
/// Generated sites for the micro-benchmarks, kept under the temp folder between benchmark processes (regenerated when
/// the generator's version changes), and a site loaded and computed through the same public stages as a build.
/// </summary>
internal static class Fixtures
{
    public const int Seed = 42;

    public static string Site(string size)
    {
        var dir = Path.Combine(Path.GetTempPath(), "okrsite-bench-fixtures", $"{size}-{Seed}");
        var info = GenerationSummary.Read(dir);
        if (info is null || info.Version != SiteGenerator.Version)
        {
            new SiteGenerator(SiteSize.Parse(size), Seed).Generate(dir);
        }

        return dir;
    }

    /// <summary>Loads and computes a site; charts (and so the chart views pages show) only when asked.</summary>
    public static Built Build(string size, bool charts)
    {
        var dir = Site(size);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(dir, diagnostics) ?? throw new InvalidOperationException("site.json");
        var theme = Theme.Load(dir, config.Theme, diagnostics) ?? throw new InvalidOperationException("theme");
        var content = ContentLoader.Load(dir, diagnostics);
        var data = DataLoader.Load(dir, config, diagnostics);
        var asOf = ReportDate.AsOf(null, config, data)!.Value;
        var valid = ContentValidator.Validate(content, data, diagnostics);
        var report = ReportBuilder.Build(config, valid, data, asOf, ReportDate.Period(null, config, valid, asOf));
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList().Take(10)));
        }

        var chartResult = charts ? ChartStage.Render(report, ChartCache.None, new MemoryOutput()) : new ChartStage.Result(new Dictionary<string, Core.Render.Html.Views.ChartView>());
        return new Built(dir, config, theme, valid, data, report, chartResult);
    }

    public sealed record Built(string Directory, SiteConfig Config, Theme Theme, ContentSet Content, DataSet Data, Report Report, ChartStage.Result Charts);
}
