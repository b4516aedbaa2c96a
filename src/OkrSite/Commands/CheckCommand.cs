using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using Spectre.Console;

namespace OkrSite.Cli.Commands;

/// <summary>okrsite check: everything a build does except writing, for pull requests.</summary>
internal static class CheckCommand
{
    /// <param name="terminal">The interactive terminal for a live progress display; null prints plain lines.</param>
    public static Command Create(TextWriter output, TextWriter error, IAnsiConsole? terminal = null)
    {
        var site = CommonOptions.SiteArgument();
        var asOf = CommonOptions.AsOfOption();
        var period = CommonOptions.PeriodOption();
        var strict = CommonOptions.StrictOption();
        var timings = CommonOptions.TimingsOption();
        var baseUrl = CommonOptions.BaseUrlOption();
        var compareTo = CommonOptions.CompareToOption();
        var quiet = CommonOptions.QuietOption();
        var verbose = CommonOptions.VerboseOption();
        var command = new Command("check", "Run everything a build does except writing, and report every problem.") { site, asOf, period, baseUrl, compareTo, strict, timings, quiet, verbose };
        CommonOptions.OneVerbosity(command, quiet, verbose);
        CommonOptions.WithExamples(
            command,
            "okrsite check",
            "okrsite check mysite --warnings-as-errors",
            "okrsite check --as-of 2026-09-30 --quiet");
        command.SetAction(result => BuildReport.Execute(
            new BuildOptions(CommonOptions.SiteOf(result, site), AsOf: result.GetValue(asOf), Period: result.GetValue(period), Write: false, WarningsAsErrors: result.GetValue(strict), UseCache: false) { BaseUrl = result.GetValue(baseUrl), CompareTo = result.GetValue(compareTo) },
            new ReportSettings(result.GetValue(timings), CommonOptions.VerbosityOf(result, quiet, verbose), terminal),
            output,
            error));
        return command;
    }
}
