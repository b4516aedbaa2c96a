using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OkrSite.BrowserTests.Support;

/// <summary>
/// The real <c>okrsite serve</c> (the okrsite.dll built beside the tests) on a site folder and a free port, with
/// what it prints; <see cref="StopAsync"/> sends SIGINT as Ctrl+C does, disposing kills whatever is left.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _printed = new();
    private readonly Lock _gate = new();

    private ServeProcess(string site, IEnumerable<string> options)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "okrsite.dll"), "serve", site, "--port", "0", .. options])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment.Remove("GITHUB_ACTIONS");
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.StandardInput.Close();
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything printed so far, standard output and error interleaved as they came.</summary>
    public string Printed
    {
        get
        {
            lock (_gate)
            {
                return _printed.ToString();
            }
        }
    }

    /// <summary>Starts serve (with <paramref name="options"/> after the port, such as --timings) and waits for its URL and its first build.</summary>
    public static async Task<(ServeProcess Process, Uri Url)> StartAsync(string site, TimeSpan timeout, params string[] options)
    {
        var serve = new ServeProcess(site, options);
        try
        {
            await serve.WaitForAsync(p => UrlLine().IsMatch(p), timeout, "its URL").ConfigureAwait(false);
            await serve.WaitForAsync(p => p.Contains(" built ", StringComparison.Ordinal), timeout, "its first build").ConfigureAwait(false);
            return (serve, new Uri(UrlLine().Match(serve.Printed).Groups[1].Value));
        }
        catch
        {
            serve.Dispose();
            throw;
        }
    }

    public async Task WaitForAsync(Func<string, bool> printed, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!printed(Printed))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"okrsite serve did not print {what} (exited: {_process.HasExited}); it printed:\n{Printed}");
            }

            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    /// <summary>SIGINT, then the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }

        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _printed.Append(line).Append('\n');
        }
    }

    [GeneratedRegex(@"^Serving .* at (http://127\.0\.0\.1:\d+/\S*) \(Ctrl\+C to stop\)$", RegexOptions.Multiline)]
    private static partial Regex UrlLine();
}
