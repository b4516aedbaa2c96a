using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Commands;

/// <summary>The arguments and options several commands share, each with its parser and its message.</summary>
internal static class CommonOptions
{
    /// <summary>An empty folder name would mean the current folder: never what anyone wants OkrSite to replace or prune.</summary>
    public static Func<ArgumentResult, string?> NonEmpty(string option) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{option} needs a folder name; an empty one would mean the current folder");
            return null;
        }

        return text;
    };

    public static Option<bool> StrictOption() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error: report it as one and write nothing (for strict CI).",
    };

    public static Option<bool> TimingsOption() => new("--timings")
    {
        Description = "Print the time and allocated memory of each stage, and the count of pages and charts.",
    };

    /// <summary>
    /// SITE_DIR, optional. Read it with <see cref="SiteOf"/>: a default value factory would print "[default: .]"
    /// after every command in the root's help, where it reads as if the command itself had a default.
    /// </summary>
    public static Argument<string?> SiteArgument() => new("SITE_DIR")
    {
        Description = "The site folder, with site.json (default: the current folder).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The site folder given, or the current folder.</summary>
    public static string SiteOf(ParseResult result, Argument<string?> site) => result.GetValue(site) ?? ".";

    public static Option<DateOnly?> AsOfOption() => new("--as-of")
    {
        Description = "The report date, yyyy-MM-dd (default: site.json asOf, else the latest date in the data).",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                result.AddError($"--as-of '{text}' is not a date; write it as yyyy-MM-dd, for example 2026-09-30");
                return null;
            }

            if (!SupportedDates.Contains(date))
            {
                result.AddError($"--as-of '{text}' is outside the supported dates {SupportedDates.Description}");
                return null;
            }

            return date;
        },
    };

    public static Option<Period?> PeriodOption() => new("--period")
    {
        Description = "The reporting period: 2026, 2026-H1, 2026-Q3 (default: site.json period, else the latest period with objectives).",
        HelpName = "PERIOD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Period.TryParse(text, out var period))
            {
                return period;
            }

            result.AddError($"--period '{text}' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4");
            return null;
        },
    };

    public static Option<string?> BaseUrlOption() => new("--base-url")
    {
        Description = "Replace site.json baseUrl for this run: a path such as /okr/ or a URL such as https://example.com/okr/ (for previews and project sites).",
        HelpName = "URL",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (BuildOptions.BaseUrlProblem(text) is { } problem)
            {
                // The engine words it for site.json ("baseUrl '…'"); here the value came from the option.
                result.AddError(problem.StartsWith("baseUrl ", StringComparison.Ordinal) ? "--base-url " + problem["baseUrl ".Length..] : problem);
                return null;
            }

            return text;
        },
    };

    public static Option<string?> CompareToOption() => new("--compare-to")
    {
        Description = "A previous report.json to compare with (the last published one, a review's): adds the \"Since the last report\" page and report.json comparison; replaces site.json compareTo. A missing file is a warning.",
        HelpName = "FILE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                result.AddError("--compare-to needs the path of a report.json file");
                return null;
            }

            return text;
        },
    };

    public static Option<bool> QuietOption() => new("--quiet", "-q")
    {
        Description = "Print only errors and warnings: no progress and no result lines (the exit code says how it went).",
    };

    public static Option<bool> VerboseOption() => new("--verbose", "-v")
    {
        Description = "Print the folders used and one line per stage with its count and time, instead of a live display.",
    };

    /// <summary>The verbosity of a run; --quiet with --verbose is a usage error.</summary>
    public static Verbosity VerbosityOf(ParseResult result, Option<bool> quiet, Option<bool> verbose) =>
        result.GetValue(quiet) ? Verbosity.Quiet : result.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;

    /// <summary>Refuses --quiet together with --verbose: the two ask for opposite things.</summary>
    public static void OneVerbosity(Command command, Option<bool> quiet, Option<bool> verbose) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(quiet) is { Implicit: false } && result.GetResult(verbose) is { Implicit: false } && result.GetValue(quiet) && result.GetValue(verbose))
            {
                result.AddError("--quiet and --verbose ask for opposite things; give one of them");
            }
        });

    private static readonly ConditionalWeakTable<Command, string[]> ExamplesOf = [];

    /// <summary>
    /// Gives <paramref name="command"/> an "Examples:" section in its --help (and its first example in the root's
    /// list). Each example is a full command line, e.g. "okrsite serve site --port 8080".
    /// </summary>
    public static T WithExamples<T>(T command, params string[] examples)
        where T : Command
    {
        ExamplesOf.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>The examples given to <paramref name="command"/> with <see cref="WithExamples"/>; empty when none were.</summary>
    public static IReadOnlyList<string> Examples(Command command) => ExamplesOf.TryGetValue(command, out var examples) ? examples : [];
}
