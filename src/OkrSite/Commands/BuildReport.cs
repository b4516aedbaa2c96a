using System.Globalization;
using OkrSite.Cli.Progress;
using OkrSite.Core.Pipeline;
using Spectre.Console;

namespace OkrSite.Cli.Commands;

/// <summary>How a build or check prints: --timings, --quiet/--verbose, and the terminal for a live display (null: plain lines).</summary>
internal sealed record ReportSettings(bool Timings, Verbosity Verbosity, IAnsiConsole? Terminal);

/// <summary>Runs a build or check and prints what the user sees: progress, diagnostics, annotations, timings, the one-line result.</summary>
internal static class BuildReport
{
    public static int Execute(BuildOptions options, ReportSettings settings, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(options.SiteDirectory))
        {
            error.WriteLine($"okrsite: error: the site folder '{options.SiteDirectory}' does not exist");
            return ExitCodes.Usage;
        }

        var verbose = settings.Verbosity == Verbosity.Verbose;
        if (verbose)
        {
            output.WriteLine($"site: {Path.GetFullPath(options.SiteDirectory)}");
            if (options.Write)
            {
                output.WriteLine($"output: {Path.GetFullPath(options.ResolvedOutput)}");
            }

            output.WriteLine(options.ResolvedCache is { } cache ? $"chart cache: {Path.GetFullPath(cache)}" : "chart cache: none");
        }

        var progress = BuildProgress.For(settings.Verbosity, settings.Terminal, output, error);
        var result = progress.Run(stages => SiteBuilder.Build(options with { Progress = stages, Waiting = progress.Waiting }));
        var annotate = GitHubAnnotations.Enabled;
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                output.WriteLine(GitHubAnnotations.Format(diagnostic, options.SiteDirectory));
            }
        }

        if (settings.Timings)
        {
            TimingsTable.Write(result.Timings, output);
        }

        if (settings.Verbosity == Verbosity.Quiet)
        {
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        }

        if (verbose && result.Summary is { } computed)
        {
            output.WriteLine($"base URL: {computed.BaseUrl}{(options.BaseUrl is null ? string.Empty : " (from --base-url)")}");
        }

        if (result.Succeeded && result.Summary is { } report)
        {
            if (result.UpToDate)
            {
                output.WriteLine("Nothing changed since the last build: the output is as it was written.");
            }

            var what = string.Create(CultureInfo.InvariantCulture, $"{Count(report.Objectives, "objective")}, {Count(report.Kpis, "KPI")}, {Count(report.Teams, "team")}; period {report.Period}, as of {report.AsOf:yyyy-MM-dd}");
            output.WriteLine(options.Write
                ? $"Built {Display(options.ResolvedOutput)}: {result.FileCount} files ({what})"
                : $"Checked {options.SiteDirectory}: {what}");
            if (report.ComparedWith is { } previous && report.Comparison is { } comparison)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Since the report of {previous:yyyy-MM-dd}: {comparison}"));
            }
        }

        output.WriteLine(Summary(result));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>The output folder relative to the current folder when it is inside it, else in full.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    public static string Summary(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.ErrorCount} {(result.ErrorCount == 1 ? "error" : "errors")}, {result.WarningCount} {(result.WarningCount == 1 ? "warning" : "warnings")}");
}
