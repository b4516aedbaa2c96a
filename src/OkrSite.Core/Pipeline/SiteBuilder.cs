using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Validate;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// One build, stage by stage: load (site.json, content, data) → validate → compute → render → write.
/// Every stage runs even after errors where it can, so one run reports every problem; nothing is written
/// unless the whole build is free of errors.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(options.SiteDirectory, diagnostics);
        if (config is null)
        {
            return new BuildResult(null, diagnostics.ToSortedList(), [], false);
        }

        var theme = Theme.Load(options.SiteDirectory, config.Theme, diagnostics);
        var content = ContentLoader.Load(options.SiteDirectory, diagnostics);
        var data = DataLoader.Load(options.SiteDirectory, config, diagnostics);
        content = ContentValidator.Validate(content, data, diagnostics);

        var asOf = ReportDate.AsOf(options.AsOf, config, data, diagnostics);
        if (asOf is null)
        {
            return new BuildResult(null, diagnostics.ToSortedList(), [], false);
        }

        var period = ReportDate.Period(options.Period, config, content, asOf.Value, diagnostics);
        var report = ReportBuilder.Build(config, content, data, asOf.Value, period, diagnostics);
        var sorted = diagnostics.ToSortedList();
        report = report with { Diagnostics = [.. sorted] };
        if (sorted.Any(d => d.IsError) || theme is null)
        {
            return new BuildResult(report, sorted, [], false);
        }

        var files = SiteRenderer.Render(report, data, theme, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(report, diagnostics.ToSortedList(), [], false);
        }

        if (!options.Write)
        {
            return new BuildResult(report, sorted, files, false);
        }

        var published = SitePublisher.Publish(options.ResolvedOutput, options.SiteDirectory, files, diagnostics);
        return new BuildResult(report, diagnostics.ToSortedList(), files, published);
    }
}
