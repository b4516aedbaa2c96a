using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Commands;

/// <summary>okrsite check: everything a build does except writing, for pull requests.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = CommonOptions.SiteArgument();
        var asOf = CommonOptions.AsOfOption();
        var period = CommonOptions.PeriodOption();
        var strict = CommonOptions.StrictOption();
        var timings = CommonOptions.TimingsOption();
        var command = new Command("check", "Run everything a build does except writing, and report every problem.") { site, asOf, period, strict, timings };
        command.SetAction(result => BuildReport.Execute(
            new BuildOptions(result.GetValue(site)!, AsOf: result.GetValue(asOf), Period: result.GetValue(period), Write: false, WarningsAsErrors: result.GetValue(strict), UseCache: false),
            result.GetValue(timings),
            output,
            error));
        return command;
    }
}
