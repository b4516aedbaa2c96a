using System.CommandLine;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Commands;

/// <summary>
/// okrsite diff: what changed from one report.json to another, as Markdown for a pull-request comment or the job
/// summary, so a reviewer sees what a content or data change does to the OKRs before it merges.
/// </summary>
internal static class DiffCommand
{
    /// <summary>GitHub Actions' job summary file: Markdown appended to it shows on the run's page.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var old = new Argument<string>("OLD") { Description = "The earlier report.json (the last published one, or the base branch's).", CustomParser = CommonOptions.NonEmpty("OLD") };
        var current = new Argument<string>("NEW") { Description = "The later report.json (this change's build).", CustomParser = CommonOptions.NonEmpty("NEW") };
        var outFile = new Option<string?>("--output", "-o") { Description = "Write the Markdown to this file instead of printing it.", HelpName = "FILE", CustomParser = CommonOptions.NonEmpty("--output") };
        var summary = new Option<bool>("--summary") { Description = $"Also append the Markdown to the file ${StepSummaryVariable} names (the GitHub Actions job summary); nothing to append to when it is not set." };
        var command = new Command("diff", "Compare two report.json files and print what changed as GitHub-flavoured Markdown: status changes, score and confidence deltas, KPI health, new and removed objectives.")
        {
            old, current, outFile, summary,
        };
        command.SetAction(result => Execute(result.GetValue(old)!, result.GetValue(current)!, result.GetValue(outFile), result.GetValue(summary), output, error));
        return CommonOptions.WithExamples(
            command,
            "okrsite diff previous/report.json _site/report.json",
            "okrsite diff base.json _site/report.json --output changes.md",
            "okrsite diff previous/report.json _site/report.json --summary");
    }

    private static int Execute(string oldPath, string newPath, string? outFile, bool summary, TextWriter output, TextWriter error)
    {
        var result = ReportDiff.Run(oldPath, newPath);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }

        var markdown = result.Markdown!;
        if (outFile is null)
        {
            output.Write(markdown);
        }
        else if (!TryWrite(outFile, markdown, append: false, error))
        {
            return ExitCodes.ContentErrors;
        }
        else
        {
            output.WriteLine($"Wrote {outFile}: {ReportDiff.Summary(result.Comparison!)}");
        }

        if (summary)
        {
            if (Environment.GetEnvironmentVariable(StepSummaryVariable) is { Length: > 0 } file)
            {
                return TryWrite(file, markdown, append: true, error) ? ExitCodes.Success : ExitCodes.ContentErrors;
            }

            error.WriteLine($"okrsite: note: --summary: {StepSummaryVariable} is not set (it is outside GitHub Actions), so nothing was appended");
        }

        return ExitCodes.Success;
    }

    private static bool TryWrite(string path, string markdown, bool append, TextWriter error)
    {
        try
        {
            if (append)
            {
                File.AppendAllText(path, "\n" + markdown);
            }
            else
            {
                File.WriteAllText(path, markdown);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"okrsite: error: could not write '{path}': {ex.Message.TrimEnd('.')}");
            return false;
        }
    }
}
