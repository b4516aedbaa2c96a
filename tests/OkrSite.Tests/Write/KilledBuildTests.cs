using System.Security.Cryptography;
using OkrSite.Tests.Support;
using Xunit.Abstractions;

namespace OkrSite.Tests.Write;

/// <summary>
/// Kills a real okrsite process (SIGKILL) while it writes its output, and checks that the output folder is then
/// exactly the previous site or exactly the new one, never a mix, and that the next build cleans up after it.
/// </summary>
public class KilledBuildTests(ITestOutputHelper log)
{
    private const int Kpis = 1500;

    [Fact]
    public void A_build_killed_while_writing_leaves_the_old_or_the_new_site_never_a_mix()
    {
        using var site = LargeSite("v1");
        Assert.Equal(0, Run(site, kill: null).ExitCode);
        var oldSite = Snapshot(site.Output);

        // Change every page, then kill the rebuild at different moments of its write stage.
        WriteKpis(site, "v2");
        var killedWhileWriting = 0;
        foreach (var delay in new[] { 0, 15, 40, 80 })
        {
            var outcome = Run(site, kill: delay);
            killedWhileWriting += outcome.Killed ? 1 : 0;
            var now = Snapshot(site.Output);
            Assert.True(Same(now, oldSite) || IsCompleteNewSite(now), $"after a kill {delay} ms into writing the output is neither the old nor the new site ({now.Count} files)");
        }

        log.WriteLine($"{killedWhileWriting} of 4 builds were killed while writing");
        Assert.True(killedWhileWriting > 0, "no build was caught while writing; the site is too small for this machine");

        // The next build succeeds at once (a killed build's lock died with it) and leaves no temporary folder behind.
        var next = Run(site, kill: null);
        Assert.Equal(0, next.ExitCode);
        Assert.DoesNotContain("waiting for another build", next.Error, StringComparison.Ordinal);
        Assert.True(IsCompleteNewSite(Snapshot(site.Output)));
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.okrsite-*"));
    }

    private static TempSite LargeSite(string version)
    {
        var site = new TempSite()
            .File("site.json", """{ "title": "Large", "asOf": "2026-08-15" }""")
            .File("content/okrs/2026-Q3/o.md", "---\ntitle: O\nkey_results:\n  - title: x\n    done: true\n---\n");
        WriteKpis(site, version);
        return site;
    }

    private static void WriteKpis(TempSite site, string version)
    {
        for (var i = 0; i < Kpis; i++)
        {
            site.File($"content/kpis/k{i:D4}.md", $"---\nname: KPI {i} {version}\n---\nThe {version} body of KPI {i}.\n");
        }
    }

    private static bool IsCompleteNewSite(Dictionary<string, string> files) =>
        files.Count > Kpis && files.ContainsKey("kpis/k1499/index.html") && files.ContainsKey("report.json");

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var hash) && hash == kv.Value);

    private static Dictionary<string, string> Snapshot(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        // A page of the new version must not sit beside pages of the old one.
        var versions = files.Keys.Where(k => k.StartsWith("kpis/k", StringComparison.Ordinal))
            .Select(k => File.ReadAllText(Path.Combine(folder, k)).Contains(" v2", StringComparison.Ordinal))
            .Distinct()
            .Count();
        Assert.True(versions <= 1, "the output mixes pages of two builds");
        return files;
    }

    private sealed record Outcome(int ExitCode, bool Killed, string Error = "");

    /// <param name="kill">Milliseconds to wait after the write stage starts before SIGKILL; null to let it finish.</param>
    private static Outcome Run(TempSite site, int? kill)
    {
        using var process = OkrSiteProcess.Start(["build", site.Root]);
        if (kill is { } delay
            && process.WaitUntil(_ => Directory.GetDirectories(site.Root, "_site.okrsite-tmp-*").Length > 0, TimeSpan.FromSeconds(60)))
        {
            Thread.Sleep(delay);
            if (!process.HasExited)
            {
                process.Kill();
                return new Outcome(-1, true);
            }
        }

        var result = process.WaitForExit(TimeSpan.FromSeconds(120));
        return new Outcome(result.ExitCode, false, result.Error);
    }
}
