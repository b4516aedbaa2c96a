using System.CommandLine;
using System.Globalization;
using OkrSite.Cli.Serve;

namespace OkrSite.Cli.Commands;

/// <summary>okrsite serve: the site on 127.0.0.1, rebuilt on every save, open pages reloading by themselves.</summary>
internal static class ServeCommand
{
    /// <summary>For --help, through the shared examples mechanism of CommonOptions.</summary>
    public static readonly string[] Examples = ["okrsite serve", "okrsite serve site --port 8080 --open", "okrsite serve --as-of 2026-09-30 --period 2026-Q3"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = CommonOptions.SiteArgument();
        var port = new Option<int?>("--port", "-p")
        {
            Description = $"The port on 127.0.0.1 (default: {SitePreview.DefaultPort}, or the next free one of the {SitePreview.PortsTried - 1} after it; 0 picks any free port).",
            HelpName = "N",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 65535)
                {
                    return number;
                }

                result.AddError($"--port '{text}' is not a port; write a number from 1 to 65535, such as 8080 (0 picks any free port)");
                return null;
            },
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser once it is served." };
        var timings = new Option<bool>("--timings") { Description = "Print each rebuild's stages and each page made on request with their times." };
        var asOf = CommonOptions.AsOfOption();
        var period = CommonOptions.PeriodOption();
        var command = new Command("serve", "Serve the site on 127.0.0.1 under its baseUrl, rebuild it on every change and reload open pages; nothing is written to the output folder.")
        {
            site, port, open, asOf, period, timings,
        };

        command.SetAction((result, cancellation) => RunAsync(
            new SitePreview.Settings(CommonOptions.SiteOf(result, site), result.GetValue(port), result.GetValue(asOf), result.GetValue(period)) { Timings = result.GetValue(timings) },
            result.GetValue(open),
            TextWriter.Synchronized(output),
            TextWriter.Synchronized(error),
            cancellation));
        return CommonOptions.WithExamples(command, Examples);
    }

    private static async Task<int> RunAsync(SitePreview.Settings settings, bool open, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (!Directory.Exists(settings.SiteDirectory))
        {
            error.WriteLine($"okrsite: error: the site folder '{settings.SiteDirectory}' does not exist");
            return ExitCodes.Usage;
        }

        SitePreview preview;
        try
        {
            preview = await SitePreview.StartAsync(settings, output, error, listening: url => output.WriteLine($"Serving {Path.GetFullPath(settings.SiteDirectory)} at {url} (Ctrl+C to stop)")).ConfigureAwait(false);
        }
        catch (PortUnavailableException problem)
        {
            var advice = settings.Port is null
                ? $"ports {SitePreview.DefaultPort} to {SitePreview.DefaultPort + SitePreview.PortsTried - 1} are all in use; choose one with --port, or --port 0 for any free port"
                : problem.Reason is null
                    ? $"{problem.Message} by another program; choose another with --port, or --port 0 for any free port"
                    : $"{problem.Message}; choose another with --port, or --port 0 for any free port";
            error.WriteLine($"okrsite: error: {advice}");
            return ExitCodes.Usage;
        }

        await using (preview.ConfigureAwait(false))
        {
            if (open)
            {
                _ = BrowserLauncher.Open(preview.Url, error);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        output.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
