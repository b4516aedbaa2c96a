using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OkrSite.Cli.Serve;

namespace OkrSite.Benchmarks;

/// <summary>
/// Issue 15's preview loop without a browser: okrsite serve's own <see cref="SitePreview"/> (watcher, rebuilder,
/// on-demand build, server) on a site, one objective page asked for, then N saves of that objective's file with a new
/// title, each timed from the write to the version event the page's script hears (server-sent events, as the browser
/// gets it) and to the reloaded page's bytes showing the title. Prints each save's figures, the build's stages and
/// the process CPU the save cost, then the median and p90: a steady workload in Release, beside the browser test.
/// </summary>
public static partial class ServeLoop
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string siteDir, int saves)
    {
        var okrs = Path.Combine(siteDir, "content", "okrs");
        var file = Directory.EnumerateFiles(okrs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(f => QuarterFolder().IsMatch(Path.GetRelativePath(okrs, f).Replace('\\', '/')));
        var period = Path.GetRelativePath(okrs, file).Split(Path.DirectorySeparatorChar)[0];
        var original = File.ReadAllText(file);
        var title = TitleLine().Match(original).Groups[1].Value;
        try
        {
            return RunAsync(siteDir, file, period, original, title, saves).GetAwaiter().GetResult();
        }
        finally
        {
            File.WriteAllText(file, original);
        }
    }

    private static async Task<int> RunAsync(string siteDir, string file, string period, string original, string title, int saves)
    {
        var output = new Log();
        await using var preview = await SitePreview.StartAsync(new SitePreview.Settings(siteDir, Port: 0) { Timings = true }, output, TextWriter.Null).ConfigureAwait(false);
        await WaitAsync(() => preview.BuildCount >= 1 && !preview.Current.IsBuilding, TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var page = new Uri(preview.Url, $"objectives/{period}/{Path.GetFileNameWithoutExtension(file)}/");
        _ = await http.GetStringAsync(page).ConfigureAwait(false);

        // The version stream, read as the page's script reads it: each "data:" line is a version.
        using var events = await http.GetStreamAsync(new Uri(preview.Server.Root, ReloadScript.EventsPath)).ConfigureAwait(false);
        using var reader = new StreamReader(events, Encoding.UTF8);
        async Task<string> NextVersionAsync()
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    return line[5..].Trim();
                }
            }

            throw new InvalidOperationException("the event stream ended");
        }

        var current = await NextVersionAsync().ConfigureAwait(false);
        Console.WriteLine("save\tevent ms\tpage ms\ttotal ms\tbuild ms\tprocess cpu ms\tGC pause ms\tgen0/1/2\tallocated MB\tJIT ms\tstages");
        var totals = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (var i = 1; i <= saves; i++)
        {
            var edited = string.Create(Inv, $"{title} (edit {i})");
            var builds = preview.BuildCount;
            var printed = output.Lines;
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var (pause, gcs, allocated, jit) = (GC.GetTotalPauseDuration(), Collections(), GC.GetTotalAllocatedBytes(), System.Runtime.JitInfo.GetCompilationTime());
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, original.Replace($"title: \"{title}\"", $"title: \"{edited}\"", StringComparison.Ordinal)).ConfigureAwait(false);
            string version;
            do
            {
                version = await NextVersionAsync().ConfigureAwait(false);
            }
            while (version == current);

            current = version;
            var evented = clock.Elapsed.TotalMilliseconds;
            var html = await http.GetStringAsync(page).ConfigureAwait(false);
            var total = clock.Elapsed.TotalMilliseconds;
            if (!html.Contains(edited, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"save {i}: the reloaded page does not show the edit");
            }

            await WaitAsync(() => preview.BuildCount > builds && output.Lines.Count > printed.Count + 1, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            self.Refresh();
            var used = (self.TotalProcessorTime - cpu).TotalMilliseconds;
            var paused = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            var collected = Collections().Zip(gcs, (a, b) => a - b).ToArray();
            var allocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1e6;
            var jitted = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds;
            var lines = output.Lines.Skip(printed.Count).ToList();
            var built = lines.Select(l => BuiltIn().Match(l)).FirstOrDefault(m => m.Success);
            var buildMs = built is null ? "?" : built.Groups[2].Value == "s" ? (double.Parse(built.Groups[1].Value, Inv) * 1000).ToString("0", Inv) : built.Groups[1].Value;
            var stages = string.Join(" | ", lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()));
            totals.Add(total);
            Console.WriteLine(string.Create(Inv, $"{i}\t{evented:0}\t{total - evented:0}\t{total:0}\t{buildMs}\t{used:0}\t{paused:0}\t{string.Join('/', collected)}\t{allocatedMb:0}\t{jitted:0}\t{stages}"));
            // Apart, as a user's saves are: the next save starts once this one's build and page are done.
            await Task.Delay(200).ConfigureAwait(false);
        }

        var sorted = totals.Order().ToList();
        Console.WriteLine(string.Create(Inv, $"save to reloaded page: median {sorted[sorted.Count / 2]:0} ms, p90 {sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * 0.9) - 1)]:0} ms over {sorted.Count} saves"));
        return 0;
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static async Task WaitAsync(Func<bool> done, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > patience)
            {
                throw new TimeoutException("serve did not finish in time");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    /// <summary>What serve prints, line by line, readable from any thread.</summary>
    private sealed class Log : TextWriter
    {
        private readonly Lock _gate = new();
        private readonly List<string> _lines = [];
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_gate)
                {
                    return [.. _lines];
                }
            }
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                if (value == '\n')
                {
                    _lines.Add(_line.ToString());
                    _line.Clear();
                }
                else if (value != '\r')
                {
                    _line.Append(value);
                }
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                _lines.Add(_line + (value ?? string.Empty));
                _line.Clear();
            }
        }
    }

    [GeneratedRegex("^title: \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("^[0-9]{4}-Q[1-4]/")]
    private static partial Regex QuarterFolder();

    [GeneratedRegex(@" built [0-9]+ pages in ([0-9.]+) (ms|s)")]
    private static partial Regex BuiltIn();
}
