using Microsoft.Extensions.Time.Testing;
using OkrSite.Cli.Serve;

namespace OkrSite.Tests.Serve;

/// <summary>The rebuild loop on a fake clock: only the clock moves time, so no test waits for real debounce delays.</summary>
public class RebuilderTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task The_first_build_runs_at_once_and_a_burst_of_changes_makes_one_more()
    {
        var clock = new FakeTimeProvider();
        var builds = new List<IReadOnlyList<string>>();
        await using var rebuilder = new Rebuilder(paths => { lock (builds) { builds.Add(paths); } }, clock, Quiet);
        await WaitUntil(() => rebuilder.BuildCount == 1);

        rebuilder.Changed("content/a.md.tmp");
        clock.Advance(TimeSpan.FromMilliseconds(50));
        rebuilder.Changed("content/a.md");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        rebuilder.Changed("content/b.md");
        clock.Advance(TimeSpan.FromMilliseconds(149));
        await Task.Delay(100);
        Assert.Equal(1, rebuilder.BuildCount);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntil(() => rebuilder.BuildCount == 2);
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(100);

        Assert.Equal(2, rebuilder.BuildCount);
        Assert.Equal(["content/a.md.tmp", "content/a.md", "content/b.md"], builds[1]);
    }

    [Fact]
    public async Task A_change_reported_after_the_rebuilder_stopped_is_dropped_without_a_crash()
    {
        // A FileSystemWatcher delivers the events it had queued after it is disposed: serve's watcher, losing a
        // folder deleted as serve stops, once crashed the process from its event thread this way.
        var clock = new FakeTimeProvider();
        var rebuilder = new Rebuilder(_ => { }, clock, Quiet);
        await WaitUntil(() => rebuilder.BuildCount == 1);
        await rebuilder.DisposeAsync();

        rebuilder.Changed("content/late.md");
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(100);

        Assert.Equal(1, rebuilder.BuildCount);
    }

    [Fact]
    public async Task Changes_during_a_build_make_exactly_one_more_and_builds_never_overlap()
    {
        var clock = new FakeTimeProvider();
        using var release = new SemaphoreSlim(0);
        var running = 0;
        var overlapped = false;
        await using var rebuilder = new Rebuilder(
            _ =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                release.Wait(TimeSpan.FromSeconds(30));
                Interlocked.Decrement(ref running);
            },
            clock,
            Quiet);

        // The first build is running and held.
        await WaitUntil(() => Volatile.Read(ref running) == 1);
        for (var i = 0; i < 5; i++)
        {
            rebuilder.Changed($"content/{i}.md");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        release.Release();
        await WaitUntil(() => rebuilder.BuildCount == 1);
        clock.Advance(Quiet);
        await WaitUntil(() => Volatile.Read(ref running) == 1);
        release.Release();
        await WaitUntil(() => rebuilder.BuildCount == 2);
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(100);

        Assert.Equal(2, rebuilder.BuildCount);
        Assert.False(overlapped);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}
