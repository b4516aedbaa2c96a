using OkrSite.Cli;
using Spectre.Console;

namespace OkrSite.Tests.Support;

/// <summary>Runs the okrsite command line in-process with real arguments and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => On(null, args);

    /// <summary>As <see cref="Of"/>, with <paramref name="terminal"/> as the interactive terminal (a live progress display).</summary>
    public static CliRun On(IAnsiConsole? terminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = OkrSiteCli.Run(args, output, error, terminal);
        if (code == 0 && PublishedReport(args) is { } report && File.Exists(report))
        {
            ReportSchema.AssertValid(File.ReadAllText(report));
        }

        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    private static readonly HashSet<string> OptionsWithValue = ["--out", "-o", "--cache-dir", "--lock-timeout", "--as-of", "--period", "--base-url", "--compare-to"];

    /// <summary>Where a successful `build` with these arguments wrote report.json, so that its contract is checked too.</summary>
    internal static string? PublishedReport(string[] args, string? workingDirectory = null)
    {
        if (args.Length == 0 || args[0] != "build")
        {
            return null;
        }

        string? site = null, output = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (OptionsWithValue.Contains(args[i]) && i + 1 < args.Length)
            {
                if (args[i] is "--out" or "-o")
                {
                    output = args[i + 1];
                }

                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                site ??= args[i];
            }
        }

        var cwd = workingDirectory ?? Environment.CurrentDirectory;
        var root = Path.GetFullPath(site ?? ".", cwd);
        return Path.Combine(output is null ? Path.Combine(root, "_site") : Path.GetFullPath(output, cwd), "report.json");
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What the run printed on stdout without the plain progress lines ("[2/8] read content"): the result and the count.</summary>
    public string Result => WithoutProgress(Output);

    internal static string WithoutProgress(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, @"^\[\d+/\d+\] [^\n]*\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline);
}
