using System.ComponentModel;
using System.Diagnostics;

namespace OkrSite.Cli.Serve;

/// <summary>
/// --open: the desktop's default browser through the platform's opener (xdg-open, open, the shell on Windows).
/// Not finding or running one is a warning: the server is what matters, and its URL is printed anyway.
/// </summary>
internal static class BrowserLauncher
{
    /// <summary>Starts the opener and returns at once; a failure is reported on <paramref name="error"/> when it is known.</summary>
    /// <returns>The task that watches the opener, for tests; the command does not wait for it.</returns>
    public static Task Open(Uri url, TextWriter error)
    {
        var opener = OperatingSystem.IsWindows() ? "the default browser" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        void Warn(string why) => error.WriteLine($"okrsite: warning: could not open a browser ({why}); open {url} yourself");

        Process? process;
        try
        {
            var start = OperatingSystem.IsWindows()
                ? new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }
                : new ProcessStartInfo(opener, [url.AbsoluteUri]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            process = Process.Start(start);
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Warn($"{opener}: {ex.Message}");
            return Task.CompletedTask;
        }

        if (process is null || OperatingSystem.IsWindows())
        {
            process?.Dispose();
            return Task.CompletedTask;
        }

        return Task.Run(async () =>
        {
            using (process)
            {
                process.StandardInput.Close();
                var said = process.StandardError.ReadToEndAsync();
                _ = process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync().ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    var last = (await said.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                    Warn(last is null ? $"{opener} exited with code {process.ExitCode}" : $"{opener}: {last}");
                }
            }
        });
    }
}
