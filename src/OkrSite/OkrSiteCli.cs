using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Cli.Commands;

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
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(NewCommand.Create(output, error));
        return root;
    }
}
