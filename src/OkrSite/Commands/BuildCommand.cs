using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using Spectre.Console;

namespace OkrSite.Cli.Commands;

/// <summary>okrsite build: read, compute, render and publish the output folder.</summary>
internal static class BuildCommand
{
    /// <param name="terminal">The interactive terminal for a live progress display; null prints plain lines.</param>
    public static Command Create(TextWriter output, TextWriter error, IAnsiConsole? terminal = null)
    {
        var site = CommonOptions.SiteArgument();
        var outOption = new Option<string?>("--out", "-o") { Description = "The output folder (default: <SITE_DIR>/_site). It is replaced as a whole when the build succeeds; a link is kept and its target replaced.", HelpName = "DIR", CustomParser = CommonOptions.NonEmpty("--out") };
        var asOf = CommonOptions.AsOfOption();
        var period = CommonOptions.PeriodOption();
        var strict = CommonOptions.StrictOption();
        var timings = CommonOptions.TimingsOption();
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Where rendered charts and pages are kept between builds (default: <SITE_DIR>/.okrsite-cache); keep it in CI for fast rebuilds.", HelpName = "DIR", CustomParser = CommonOptions.NonEmpty("--cache-dir") };
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
        var noCache = new Option<bool>("--no-cache") { Description = "Draw every chart and render every page again, build even when nothing changed since the last build, and leave the cache alone." };
        var baseUrl = CommonOptions.BaseUrlOption();
        var compareTo = CommonOptions.CompareToOption();
        var quiet = CommonOptions.QuietOption();
        var verbose = CommonOptions.VerboseOption();
        var command = new Command("build", "Read the site, compute every score and health, and write the output folder.") { site, outOption, asOf, period, baseUrl, compareTo, strict, timings, cacheDir, noCache, lockTimeout, quiet, verbose };
        CommonOptions.OneVerbosity(command, quiet, verbose);
        CommonOptions.WithExamples(
            command,
            "okrsite build",
            "okrsite build mysite --out public --base-url /mysite/",
            "okrsite build --warnings-as-errors --quiet",
            "okrsite build --as-of 2026-09-30 --period 2026-Q3 --verbose",
            "okrsite build --compare-to previous/report.json");
        command.SetAction(result => BuildReport.Execute(
            new BuildOptions(CommonOptions.SiteOf(result, site), result.GetValue(outOption), result.GetValue(asOf), result.GetValue(period), WarningsAsErrors: result.GetValue(strict), CacheDirectory: result.GetValue(cacheDir), UseCache: !result.GetValue(noCache))
            {
                LockTimeout = TimeSpan.FromSeconds(result.GetValue(lockTimeout)),
                BaseUrl = result.GetValue(baseUrl),
                CompareTo = result.GetValue(compareTo),
                SkipUnchanged = !result.GetValue(noCache),
            },
            new ReportSettings(result.GetValue(timings), CommonOptions.VerbosityOf(result, quiet, verbose), terminal),
            output,
            error));
        return command;
    }
}
