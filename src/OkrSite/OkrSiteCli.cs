using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli;

/// <summary>The okrsite command line: build and check, on System.CommandLine.</summary>
public static class OkrSiteCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Create(output, error);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"okrsite: error: {problem.Message}");
            }

            error.WriteLine("Run 'okrsite --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (OutOfMemory(ex))
        {
            // Not a bug and not a bad file: the site is larger than the memory this process may use.
            error.WriteLine("okrsite: error: the build ran out of memory, so nothing was written and the previous output is unchanged. Give the process more memory (a larger machine, or a higher DOTNET_GCHeapHardLimit), or split the largest objectives, KPIs or data files.");
            return ExitCodes.ContentErrors;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("OKRSITE_DEBUG") is null or "" or "0")
        {
            // Bad input is always a diagnostic; reaching this is a bug in OkrSite. Say so plainly instead of dumping a stack trace.
            error.WriteLine($"okrsite: error: internal error ({ex.GetType().Name}: {ex.Message}). This is a bug in OkrSite: please report it with the files that caused it; set OKRSITE_DEBUG=1 to see the stack trace.");
            return ExitCodes.InternalError;
        }
    }

    private static bool OutOfMemory(Exception ex) =>
        ex is OutOfMemoryException || (ex is AggregateException many && many.Flatten().InnerExceptions.Any(e => e is OutOfMemoryException));

    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("OkrSite builds a static OKR and KPI report from Markdown and CSV files: scores, health, alignment, report.json.");
        root.Subcommands.Add(BuildCommand(output, error));
        root.Subcommands.Add(CheckCommand(output, error));
        return root;
    }

    private static Command BuildCommand(TextWriter output, TextWriter error)
    {
        var site = SiteArgument();
        var outOption = new Option<string?>("--out", "-o") { Description = "The output folder (default: <SITE_DIR>/_site). It is replaced as a whole when the build succeeds; a link is kept and its target replaced.", HelpName = "DIR", CustomParser = NonEmpty("--out") };
        var asOf = AsOfOption();
        var period = PeriodOption();
        var strict = StrictOption();
        var timings = TimingsOption();
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Where rendered charts are kept between builds (default: <SITE_DIR>/.okrsite-cache); keep it in CI for fast rebuilds.", HelpName = "DIR", CustomParser = NonEmpty("--cache-dir") };
        var lockTimeout = new Option<int>("--lock-timeout")
        {
            Description = "Seconds to wait for another build writing the same output folder before failing (default: 300).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => (int)BuildOptions.DefaultLockTimeout.TotalSeconds,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                {
                    return seconds;
                }

                result.AddError($"--lock-timeout '{text}' is not a number of seconds; write a whole number such as 300 (0 fails at once)");
                return 0;
            },
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Draw every chart again and leave the cache alone." };
        var command = new Command("build", "Read the site, compute every score and health, and write the output folder.") { site, outOption, asOf, period, strict, timings, cacheDir, noCache, lockTimeout };
        command.SetAction(result => Execute(
            new BuildOptions(result.GetValue(site)!, result.GetValue(outOption), result.GetValue(asOf), result.GetValue(period), WarningsAsErrors: result.GetValue(strict), CacheDirectory: result.GetValue(cacheDir), UseCache: !result.GetValue(noCache))
            {
                LockTimeout = TimeSpan.FromSeconds(result.GetValue(lockTimeout)),
                Waiting = line => error.WriteLine($"okrsite: {line}"),
            },
            result.GetValue(timings),
            output,
            error));
        return command;
    }

    private static Command CheckCommand(TextWriter output, TextWriter error)
    {
        var site = SiteArgument();
        var asOf = AsOfOption();
        var period = PeriodOption();
        var strict = StrictOption();
        var timings = TimingsOption();
        var command = new Command("check", "Run everything a build does except writing, and report every problem.") { site, asOf, period, strict, timings };
        command.SetAction(result => Execute(
            new BuildOptions(result.GetValue(site)!, AsOf: result.GetValue(asOf), Period: result.GetValue(period), Write: false, WarningsAsErrors: result.GetValue(strict), UseCache: false),
            result.GetValue(timings),
            output,
            error));
        return command;
    }

    private static int Execute(BuildOptions options, bool timings, TextWriter output, TextWriter error)
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
                output.WriteLine(GitHubAnnotations.Format(diagnostic));
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

    private static string Summary(BuildResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.ErrorCount} {(result.ErrorCount == 1 ? "error" : "errors")}, {result.WarningCount} {(result.WarningCount == 1 ? "warning" : "warnings")}");

    /// <summary>An empty folder name would mean the current folder: never what anyone wants OkrSite to replace or prune.</summary>
    private static Func<ArgumentResult, string?> NonEmpty(string option) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{option} needs a folder name; an empty one would mean the current folder");
            return null;
        }

        return text;
    };

    private static Option<bool> StrictOption() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error: report it as one and write nothing (for strict CI).",
    };

    private static Option<bool> TimingsOption() => new("--timings")
    {
        Description = "Print the time and allocated memory of each stage, and the count of pages and charts.",
    };

    private static Argument<string> SiteArgument() => new("SITE_DIR")
    {
        Description = "The site folder, with site.json (default: the current folder).",
        DefaultValueFactory = _ => ".",
    };

    private static Option<DateOnly?> AsOfOption() => new("--as-of")
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

    private static Option<Period?> PeriodOption() => new("--period")
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
}
