using System.CommandLine;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Commands;

/// <summary>okrsite freeze: writes a closed period's figures into content/archive/&lt;period&gt;.json, for the quarter-end review.</summary>
internal static class FreezeCommand
{
    /// <param name="clock">Gives the day recorded as frozenOn (UTC); tests pass a fake one.</param>
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var period = new Argument<Period?>("PERIOD")
        {
            Description = "The period to freeze, once it has ended: 2026-Q3, 2026-H1 or 2026.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (Period.TryParse(text, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"'{text}' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4");
                return null;
            },
        };
        var site = CommonOptions.SiteArgument();
        var asOf = CommonOptions.AsOfOption();
        var force = new Option<bool>("--force")
        {
            Description = "Freeze the period again, replacing its archive (git keeps the old one).",
        };
        var command = new Command("freeze", "Write a closed period's figures and the hash of their inputs into content/archive/PERIOD.json; later builds show the period from it.") { period, site, asOf, force };
        CommonOptions.WithExamples(
            command,
            "okrsite freeze 2026-Q3",
            "okrsite freeze 2026-Q3 mysite --force",
            "okrsite freeze 2026-Q3 --as-of 2026-09-30");
        command.SetAction(result => Execute(
            CommonOptions.SiteOf(result, site),
            result.GetValue(period)!.Value,
            result.GetValue(asOf),
            result.GetValue(force),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            output,
            error));
        return command;
    }

    private static int Execute(string siteDirectory, Period period, DateOnly? asOf, bool force, DateOnly today, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(siteDirectory))
        {
            error.WriteLine($"okrsite: error: the site folder '{siteDirectory}' does not exist");
            return ExitCodes.Usage;
        }

        var result = SiteFreezer.Freeze(new BuildOptions(siteDirectory, AsOf: asOf), period, today, force);
        var annotate = GitHubAnnotations.Enabled;
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                output.WriteLine(GitHubAnnotations.Format(diagnostic, siteDirectory));
            }
        }

        if (result.Succeeded && result.Archive is { } archive)
        {
            var keyResults = archive.Objectives.Sum(o => o.KeyResults.Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Froze {period} into {result.File}: {archive.Objectives.Length} objective{(archive.Objectives.Length == 1 ? string.Empty : "s")}, {keyResults} key result{(keyResults == 1 ? string.Empty : "s")} as of {archive.AsOf:yyyy-MM-dd}, frozen on {archive.FrozenOn:yyyy-MM-dd}; input hash {archive.InputHash}"));
            output.WriteLine("Commit the archive: builds now show the period from it and warn when the inputs would give other figures.");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.ErrorCount} {(result.ErrorCount == 1 ? "error" : "errors")}, {result.WarningCount} {(result.WarningCount == 1 ? "warning" : "warnings")}"));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
