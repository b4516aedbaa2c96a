using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Cli.Commands;
using OkrSite.Cli.Help;
using Spectre.Console;

namespace OkrSite.Cli;

/// <summary>The okrsite command line: build and check, on System.CommandLine.</summary>
public static class OkrSiteCli
{
    /// <param name="terminal">
    /// The interactive terminal a build may draw its live progress on (<see cref="Progress.ProgressMode"/> decides);
    /// null prints plain lines, as for redirected output.
    /// </param>
    /// <param name="clock">The clock of commands that record the day (okrsite freeze); null is the system's.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, IAnsiConsole? terminal = null, TimeProvider? clock = null)
    {
        var root = Create(output, error, terminal, clock);
        ExamplesHelp.Install(root);
        var parsed = root.Parse(args);
        var unmatched = UsageProblems.Of(parsed, args, Directory.Exists);
        if (unmatched.Count > 0 || parsed.Action is ParseErrorAction)
        {
            // A word nothing took explains the other errors on the root ("a command is required"); on a command the
            // errors of its options are problems of their own.
            var others = parsed.UnmatchedTokens.Count > 0 && parsed.CommandResult.Command == root ? [] : parsed.Errors.Select(e => e.Message).Where(m => !UsageProblems.Explains(parsed, m));
            foreach (var problem in unmatched.Concat(others))
            {
                error.WriteLine($"okrsite: error: {problem}");
            }

            var help = parsed.CommandResult.Command == root ? "okrsite --help" : $"okrsite {parsed.CommandResult.Command.Name} --help";
            error.WriteLine($"Run '{help}' for usage.");
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

    public static RootCommand Create(TextWriter output, TextWriter error, IAnsiConsole? terminal = null, TimeProvider? clock = null)
    {
        var root = new RootCommand("OkrSite builds a static OKR and KPI report from Markdown and CSV files: scores, health, alignment, report.json.");
        // In the order a user meets them: start a site, preview it, build it, check it in a pull request.
        root.Subcommands.Add(NewCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(BuildCommand.Create(output, error, terminal));
        root.Subcommands.Add(CheckCommand.Create(output, error, terminal));
        root.Subcommands.Add(FreezeCommand.Create(output, error, clock ?? TimeProvider.System));
        root.Subcommands.Add(DiffCommand.Create(output, error));
        return root;
    }
}
