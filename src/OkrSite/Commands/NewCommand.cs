using System.CommandLine;
using System.Globalization;
using OkrSite.Cli.Starter;
using OkrSite.Core.Model;

namespace OkrSite.Cli.Commands;

/// <summary>okrsite new: a site that builds at once, with the editor schemas, .gitignore, tool manifest and workflow.</summary>
internal static class NewCommand
{
    /// <summary>The examples its --help shows.</summary>
    /// <summary>Where the publishing recipes are: the new site has no docs/ folder of its own.</summary>
    public const string PublishingDocs = "https://github.com/okrsite/okrsite/blob/main/docs/publishing.md";

    public static readonly string[] Examples = ["okrsite new okr-report", "okrsite new . --force", "okrsite new sample --example"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder to create the site in: a new or empty folder, or '.' for the current one.",
            CustomParser = CommonOptions.NonEmpty("DIR"),
        };
        var example = new Option<bool>("--example") { Description = "Write the full sample site of the OkrSite repository (Acme Ticketing: its teams, KPIs and objectives over a year and two quarters) instead of the small starter." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty. Files that exist are kept, never overwritten." };
        var asOf = CommonOptions.AsOfOption();
        asOf.Description = "The day the starter's weekly data ends on, yyyy-MM-dd (default: today); its quarter is the site's period.";
        var command = new Command("new", "Create a site that builds at once: site.json, a team, two KPIs with a CSV export, an objective, the editor schemas, .gitignore and a GitHub Pages workflow.")
        {
            folder, example, force, asOf,
        };
        command.SetAction(result => Execute(
            result.GetValue(folder)!,
            result.GetValue(example),
            result.GetValue(force),
            result.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Now),
            output,
            error));
        return CommonOptions.WithExamples(command, Examples);
    }

    private static int Execute(string folder, bool example, bool force, DateOnly today, TextWriter output, TextWriter error)
    {
        // Half a year of weekly data goes back before the date; it must stay within the dates a build reads.
        if (StarterData.DateOf(today, 0) < SupportedDates.First)
        {
            error.WriteLine($"okrsite: error: --as-of {today:yyyy-MM-dd} is too early: the starter's data starts half a year before it, and dates start at {SupportedDates.First:yyyy-MM-dd}");
            return ExitCodes.Usage;
        }

        var files = example ? StarterSite.Example(today, StarterSite.ToolVersion) : StarterSite.Create(today, StarterSite.ToolVersion);
        string? problem;
        try
        {
            problem = Problem(folder, force, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"okrsite: error: could not look into '{folder}': {ex.Message.TrimEnd('.')}");
            return ExitCodes.ContentErrors;
        }

        if (problem is not null)
        {
            error.WriteLine($"okrsite: error: {problem}");
            return ExitCodes.Usage;
        }

        WriteOutcome outcome;
        try
        {
            Directory.CreateDirectory(folder);
            outcome = SiteFolder.Write(folder, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"okrsite: error: could not write the site into '{folder}': {ex.Message.TrimEnd('.')}. The files written so far are complete; fix the cause and run the same command again to write the rest.");
            return ExitCodes.ContentErrors;
        }

        Report(folder, example, today, outcome, output);
        return ExitCodes.Success;
    }

    /// <summary>Why the site cannot be written into <paramref name="folder"/>, or null.</summary>
    private static string? Problem(string folder, bool force, IReadOnlyList<StarterFile> files)
    {
        if (SiteFolder.IsLink(folder) && !Directory.Exists(folder))
        {
            var link = new FileInfo(folder);
            return FinalTargetIsFile(link)
                ? $"'{folder}' is a link to the file '{link.LinkTarget}'; give the name of a folder to create the site in"
                : $"'{folder}' is a link to '{link.LinkTarget}', which does not exist; create that folder or give another name";
        }

        if (File.Exists(folder))
        {
            return $"'{folder}' is a file; give the name of a folder to create the site in";
        }

        if (!Directory.Exists(folder))
        {
            return null;
        }

        var foreign = SiteFolder.Foreign(folder, files.Select(f => f.Path));
        if (foreign.Length == 0 || force)
        {
            return null;
        }

        var shown = string.Join(", ", foreign.Take(5));
        var more = foreign.Length > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {foreign.Length - 5} more") : string.Empty;
        return $"'{folder}' is not empty: it holds {shown}{more}. Give a new or empty folder, or add --force to write the site beside what is there (files that exist are kept, never overwritten)";
    }

    private static bool FinalTargetIsFile(FileInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true };
        }
        catch (IOException)
        {
            // A loop of links leads nowhere.
            return false;
        }
    }

    private static void Report(string folder, bool example, DateOnly today, WriteOutcome outcome, TextWriter output)
    {
        var what = example ? "the sample site" : $"a new site for {Period.QuarterOf(today)}";
        output.WriteLine(outcome.Written.Length == 0
            ? $"Nothing to write: {what} is in '{folder}' already."
            : $"Created {what} in '{folder}':");
        foreach (var path in outcome.Written)
        {
            output.WriteLine($"  {path}");
        }

        foreach (var (path, why) in outcome.Kept)
        {
            output.WriteLine($"  kept {path}: {why} (okrsite new never overwrites a file; compare it with the starter's)");
        }

        output.WriteLine();
        output.WriteLine("Next steps:");
        if (Path.GetFullPath(folder) != Path.GetFullPath("."))
        {
            output.WriteLine($"  cd {Quoted(folder)}");
        }

        output.WriteLine("  okrsite serve     preview the report in your browser; it rebuilds on every save");
        output.WriteLine("  okrsite build     write it into _site/");
        output.WriteLine("  push to GitHub    .github/workflows/okrsite.yml checks pull requests and publishes main to GitHub Pages");
        output.WriteLine("                    (Settings > Pages > Source: GitHub Actions); other servers: " + PublishingDocs);
    }

    private static string Quoted(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '&' or ';') ? $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'" : path;
}
