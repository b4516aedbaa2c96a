using System.Diagnostics;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Archive;
using OkrSite.Core.Load.CheckIns;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Load.FileSystem;

namespace OkrSite.Benchmarks;

/// <summary>
/// Runs the build's two read stages (read content, read data) on their own, R rounds, alternating a read without an
/// <see cref="InputLog"/> (okrsite build --no-cache, serve) and one with it (a build that may be skipped next time), and
/// prints wall and CPU ms of each: what the input record costs on the load path, at any size, without rendering.
/// </summary>
public static class LoadLoop
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string siteDir, int rounds)
    {
        var config = SiteConfigLoader.Load(siteDir, new DiagnosticBag()) ?? throw new ArgumentException($"'{siteDir}' has no valid site.json");
        Console.WriteLine("round\tlog\tcontent wall ms\tcontent cpu ms\tdata wall ms\tdata cpu ms\tfiles\tvalues\tlogged files");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var logged in new[] { false, true })
            {
                var log = logged ? new InputLog() : null;
                var site = new SiteFileSystem(siteDir) { Log = log };
                var diagnostics = new DiagnosticBag();
                var (contentWall, contentCpu, content) = Timed(() => { ArchiveLoader.Load(site, diagnostics); return ContentLoader.Load(site, diagnostics); });
                var (dataWall, dataCpu, data) = Timed(() => (DataLoader.Load(site, config, diagnostics), CheckInLoader.Load(site, config, diagnostics)));
                var files = content.Objectives.Length + content.Kpis.Length + content.Teams.Length;
                var values = data.Item1.Series.Values.Sum(s => s.Points.Length);
                var loggedFiles = log?.ToSet(0).Files.Count ?? 0;
                Console.WriteLine(string.Create(Inv, $"{round}\t{(logged ? "yes" : "no")}\t{contentWall:0}\t{contentCpu:0}\t{dataWall:0}\t{dataCpu:0}\t{files}\t{values}\t{loggedFiles}"));
            }
        }

        Parse(siteDir, rounds);
        return 0;
    }

    /// <summary>
    /// The objective files' texts parsed one by one on one thread, R rounds: µs per file for the YAML tree alone and for
    /// the whole parse into a definition (a steady single-threaded workload to profile, with no file system in it).
    /// </summary>
    private static void Parse(string siteDir, int rounds)
    {
        var files = Directory.GetFiles(Path.Combine(siteDir, "content", "okrs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetRelativePath(siteDir, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .ToArray();
        Console.WriteLine("round\tobjective files\tYAML tree us/file\tParseObjective us/file\tallocated KB/file");
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var (_, text) in files)
            {
                if (FrontMatter.Split(text).Yaml is { } yaml)
                {
                    new YamlDotNet.RepresentationModel.YamlStream().Load(new YamlDotNet.Core.Parser(new StringReader(yaml)));
                }
            }

            var tree = watch.Elapsed.TotalMicroseconds / files.Length;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            watch.Restart();
            foreach (var (name, text) in files)
            {
                ContentParser.ParseObjective(name, text, ContentLoader.FolderPeriod(name), new DiagnosticBag());
            }

            var whole = watch.Elapsed.TotalMicroseconds / files.Length;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / files.Length;
            Console.WriteLine(string.Create(Inv, $"{round}\t{files.Length}\t{tree:0}\t{whole:0}\t{kb:0.0}"));
        }
    }

    private static (double Wall, double Cpu, T Result) Timed<T>(Func<T> run)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        return (watch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, result);
    }
}
