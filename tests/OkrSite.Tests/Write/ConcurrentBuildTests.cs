using System.Text.Json;
using OkrSite.Core.Write;
using OkrSite.Tests.Support;
using OkrSite.Tests.Write.Hostile;
using Xunit.Abstractions;

namespace OkrSite.Tests.Write;

/// <summary>
/// One build per output at a time, with real okrsite processes: a build waits for the output's lock (held here
/// by the test itself, through the same lock class), touches nothing while it waits, and gives up after
/// --lock-timeout; many builds into one output leave exactly one complete build.
/// </summary>
public class ConcurrentBuildTests(ITestOutputHelper log)
{
    private static string[] AsOfs { get; } = ["2026-08-01", "2026-08-08", "2026-08-15", "2026-08-22"];

    [Fact]
    public void A_build_waits_for_the_lock_touches_nothing_meanwhile_and_completes_once_it_is_released()
    {
        using var site = TempSite.CopyOf("northwind");
        Assert.Equal(0, CliRun.Of("build", site.Root, "--as-of", "2026-08-01").ExitCode);
        var stray = Path.Combine(site.Root, "_site.okrsite-tmp-999999");
        site.File("_site.okrsite-tmp-999999/half.html", "half").Bytes("_site.okrsite-tmp-999999/" + OutputMarker.FileName, OutputMarker.For([]).ToBytes());
        var before = Precious.Snapshot(site.Output);

        OkrSiteProcess.Result result;
        using (var held = OutputLock.Acquire(site.Output, TimeSpan.Zero))
        {
            Assert.NotNull(held);
            using var build = OkrSiteProcess.Start(["build", site.Root]);
            var waiting = $"okrsite: waiting for another build (pid {Environment.ProcessId}) to finish writing {site.Output}…";
            Assert.True(build.WaitUntil(p => p.Error.Contains(waiting, StringComparison.Ordinal), TimeSpan.FromSeconds(60)), build.Error);

            // While it waits it has cleaned nothing and staged nothing.
            Thread.Sleep(300);
            Assert.False(build.HasExited);
            Assert.Equal(before, Precious.Snapshot(site.Output));
            Assert.True(File.Exists(Path.Combine(stray, "half.html")));
            Assert.Equal([stray], Directory.GetDirectories(site.Root, "_site.okrsite-*"));
            held.Dispose();
            result = build.WaitForExit(TimeSpan.FromSeconds(120));
        }

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.ErrorLines, l => l.Contains("waiting for another build", StringComparison.Ordinal));
        Assert.Contains("\"asOf\":\"2026-08-15\"", site.Read("_site/report.json"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.okrsite-*"));
    }

    [Fact]
    public void A_build_that_cannot_get_the_lock_in_time_fails_with_OKR0903_and_leaves_the_output()
    {
        using var site = TempSite.CopyOf("northwind");
        Assert.Equal(0, CliRun.Of("build", site.Root).ExitCode);
        var before = Precious.Snapshot(site.Output);
        using var held = OutputLock.Acquire(site.Output, TimeSpan.Zero);
        Assert.NotNull(held);

        var run = OkrSiteProcess.Run(["build", site.Root, "--as-of", "2026-08-01", "--lock-timeout", "1"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error OKR0903:", StringComparison.Ordinal) && l.Contains($"another build (pid {Environment.ProcessId}) was still writing the output after 1 s", StringComparison.Ordinal));
        Assert.Equal(before, Precious.Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.okrsite-*"));
    }

    [Fact]
    public void Check_takes_no_lock()
    {
        using var site = TempSite.CopyOf("northwind");
        using var held = OutputLock.Acquire(site.Output, TimeSpan.Zero);

        var run = OkrSiteProcess.Run(["check", site.Root, "--timings"]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("waiting", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounds_of_concurrent_builds_into_one_output_leave_exactly_one_complete_build()
    {
        using var site = TempSite.CopyOf("northwind");

        // The same input always builds the same bytes, so each as-of has one expected output.
        var expected = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var asOf in AsOfs)
        {
            var reference = Path.Combine(site.Root, "reference-" + asOf);
            Assert.Equal(0, CliRun.Of("build", site.Root, "--out", reference, "--as-of", asOf, "--no-cache").ExitCode);
            expected[asOf] = Precious.Snapshot(reference);
        }

        for (var round = 0; round < 3; round++)
        {
            var builds = AsOfs.Select(asOf => OkrSiteProcess.Start(["build", site.Root, "--as-of", asOf])).ToList();
            var results = builds.Select(b => b.WaitForExit(TimeSpan.FromMinutes(3))).ToList();
            builds.ForEach(b => b.Dispose());

            Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output + r.Error));
            var waited = results.Count(r => r.Error.Contains("waiting for another build", StringComparison.Ordinal));
            log.WriteLine($"round {round + 1}: 4 builds exited 0, {waited} waited for the lock");

            var marker = JsonDocument.Parse(site.Read("_site/" + OutputMarker.FileName)).RootElement;
            var listed = marker.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
            var onDisk = Precious.Snapshot(site.Output);
            Assert.Equal(listed.Append(OutputMarker.FileName).Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
            var asOf = JsonDocument.Parse(site.Read("_site/report.json")).RootElement.GetProperty("asOf").GetString()!;
            Assert.Equal(expected[asOf], onDisk);
            Assert.Empty(Directory.GetFileSystemEntries(site.Root, "_site.okrsite-tmp-*"));
            Assert.Empty(Directory.GetFileSystemEntries(site.Root, "_site.okrsite-old-*"));
        }
    }

    [Fact]
    public void Concurrent_builds_into_different_outputs_share_one_cache_without_pruning_each_others_charts()
    {
        using var site = TempSite.CopyOf("northwind");
        var expected = AsOfs.ToDictionary(a => a, a =>
        {
            var reference = Path.Combine(site.Root, "reference-" + a);
            Assert.Equal(0, CliRun.Of("build", site.Root, "--out", reference, "--as-of", a, "--no-cache").ExitCode);
            return Precious.Snapshot(reference);
        });

        for (var round = 0; round < 2; round++)
        {
            var builds = AsOfs.Select(a => OkrSiteProcess.Start(["build", site.Root, "--as-of", a, "--out", Path.Combine(site.Root, "out-" + a)])).ToList();
            var results = builds.Select(b => b.WaitForExit(TimeSpan.FromMinutes(3))).ToList();
            builds.ForEach(b => b.Dispose());

            Assert.All(results, r => Assert.True(r.ExitCode == 0 && !r.Error.Contains("warning", StringComparison.Ordinal), r.Output + r.Error));
            Assert.All(AsOfs, a => Assert.Equal(expected[a], Precious.Snapshot(Path.Combine(site.Root, "out-" + a))));
        }
    }
}
