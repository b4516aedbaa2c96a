using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Commands;

/// <summary>Runs a build or check and prints what the user sees: diagnostics, annotations, timings, the one-line result.</summary>
internal static class BuildReport
{
    public static int Execute(BuildOptions options, bool timings, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(options.SiteDirectory))
        {
            error.WriteLine($"okrsite: error: the site folder '{options.SiteDirectory}' does not exist");
            return ExitCodes.Usage;
        }

        var result = SiteBuilder.Build(options);
        var annotate = GitHubAnnotations.Enabled;
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                output.WriteLine(GitHubAnnotations.Format(diagnostic, options.SiteDirectory));
            }
        }

        if (timings)
        {
            TimingsTable.Write(result.Timings, output);
        }

        if (result.Succeeded && result.Report is { } report)
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"{report.Objectives.Length} objectives, {report.Kpis.Length} KPIs, {report.Teams.Length} teams; period {report.Period}, as of {report.AsOf:yyyy-MM-dd}");
            output.WriteLine(options.Write
                ? $"Built {Display(options.ResolvedOutput)}: {result.FileCount} files ({what})"
                : $"Checked {options.SiteDirectory}: {what}");
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

    public static string Summary(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.ErrorCount} {(result.ErrorCount == 1 ? "error" : "errors")}, {result.WarningCount} {(result.WarningCount == 1 ? "warning" : "warnings")}");
}
