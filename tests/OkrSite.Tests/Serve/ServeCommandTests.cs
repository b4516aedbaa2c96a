using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Serve;

/// <summary>okrsite serve as the user runs it: usage errors in-process, the server itself as the real process.</summary>
public class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public void An_unknown_site_folder_is_a_usage_error()
    {
        var run = CliRun.Of("serve", Path.Combine(Path.GetTempPath(), "okrsite-no-such-site", Guid.NewGuid().ToString("N")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("okrsite: error: the site folder", run.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("eighty")]
    public void A_port_that_is_no_port_is_a_usage_error(string port)
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("serve", site.Root, "--port", port);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--port '{port}' is not a port", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_given_that_is_taken_is_a_usage_error_that_says_what_to_do()
    {
        using var site = TempSite.CopyOf("northwind");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = CliRun.Of("serve", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"okrsite: error: port {port} on 127.0.0.1 is in use by another program; choose another with --port, or --port 0 for any free port\n", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var run = CliRun.Of("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--port", run.Output, StringComparison.Ordinal);
        Assert.Contains("--open", run.Output, StringComparison.Ordinal);
        Assert.Contains("--as-of", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_process_prints_its_url_serves_the_site_and_stops_cleanly_on_ctrl_c()
    {
        using var site = TempSite.CopyOf("northwind");
        using var serve = OkrSiteProcess.Start(["serve", site.Root, "--port", "0"]);

        var url = WaitForUrl(serve);
        Assert.True(serve.WaitUntil(p => p.Output.Contains(" built ", StringComparison.Ordinal), Patience), serve.Output + serve.Error);
        using (var http = new HttpClient { Timeout = Patience })
        {
            Assert.Contains("Northwind OKRs", await http.GetStringAsync(url), StringComparison.Ordinal);
        }

        Signal(serve.Id, "INT");
        var result = serve.WaitForExit(Patience);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Serving {site.Root} at {url} (Ctrl+C to stop)\n", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("Stopped.\n", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Open_starts_the_desktop_opener_with_the_url()
    {
        using var site = TempSite.CopyOf("northwind");
        using var bin = new TempSite();
        var opened = Path.Combine(bin.Root, "opened.txt");
        FakeOpener(bin, $"echo \"$1\" >> '{opened}'\n");
        using var serve = OkrSiteProcess.Start(["serve", site.Root, "--port", "0", "--open"], WithPath(bin.Root));

        var url = WaitForUrl(serve);

        Assert.True(serve.WaitUntil(_ => File.Exists(opened) && File.ReadAllText(opened).Contains(url.AbsoluteUri, StringComparison.Ordinal), Patience), serve.Output + serve.Error);
        Assert.DoesNotContain("warning", serve.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_opener_that_fails_is_a_warning_and_the_site_is_still_served()
    {
        using var site = TempSite.CopyOf("northwind");
        using var bin = new TempSite();
        FakeOpener(bin, "echo 'xdg-open: no method available for opening' >&2\nexit 3\n");
        using var serve = OkrSiteProcess.Start(["serve", site.Root, "--port", "0", "--open"], WithPath(bin.Root));

        var url = WaitForUrl(serve);

        Assert.True(serve.WaitUntil(p => p.Error.Contains("okrsite: warning: could not open a browser", StringComparison.Ordinal), Patience), serve.Output + serve.Error);
        Assert.Contains($"(xdg-open: xdg-open: no method available for opening); open {url} yourself", serve.Error, StringComparison.Ordinal);
        Assert.True(serve.WaitUntil(p => p.Output.Contains(" built ", StringComparison.Ordinal), Patience), serve.Output + serve.Error);
        using var http = new HttpClient { Timeout = Patience };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url)).StatusCode);
        Assert.False(serve.HasExited);
    }

    private static Uri WaitForUrl(OkrSiteProcess serve)
    {
        var pattern = new Regex(@"^Serving .* at (http://127\.0\.0\.1:\d+/\S*) \(Ctrl\+C to stop\)$", RegexOptions.Multiline);
        Assert.True(serve.WaitUntil(p => pattern.IsMatch(p.Output), Patience), $"no URL printed:\n{serve.Output}\n{serve.Error}");
        return new Uri(pattern.Match(serve.Output).Groups[1].Value);
    }

    private static void FakeOpener(TempSite bin, string script)
    {
        var path = Path.Combine(bin.Root, "xdg-open");
        File.WriteAllText(path, "#!/bin/sh\n" + script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static Dictionary<string, string> WithPath(string folder) =>
        new() { ["PATH"] = folder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
