using System.Runtime;

namespace OkrSite.Cli.Serve;

/// <summary>
/// Keeps the garbage collector out of the wait between a save and the reloaded page. A rebuild of the medium site
/// allocates about 46 MB, which took one to four collections, gen1 and gen2 among them, of 50 to 125 ms in all: a
/// third of the save's wait (issue 15: under 300 ms). So a rebuild runs in a no-GC region, which stays open while the
/// open pages fetch what changed and is closed when serve is idle again, where the collection that was put off costs
/// nobody a wait. A rebuild that allocates more than <see cref="Budget"/> (a large site) leaves the region early, and
/// collects as it always did. Process-wide, as the region is: serve runs one rebuild at a time, and should two
/// previews in one process (tests) overlap, the second simply builds without a region.
/// </summary>
internal static class QuietGc
{
    /// <summary>What a rebuild and the page requests after it may allocate before the GC runs anyway.</summary>
    public const long Budget = 192L << 20;

    /// <summary>How long after a rebuild the region stays open for the reloading pages' requests.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    private static readonly Lock Gate = new();
    private static ITimer? _close;

    /// <summary>Opens the region for a rebuild; closes the last one first if it is still open (a second save within <see cref="Linger"/>).</summary>
    public static void BeforeBuild()
    {
        lock (Gate)
        {
            _close?.Dispose();
            _close = null;
            EndRegion();
            try
            {
                GC.TryStartNoGCRegion(Budget);
            }
            catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
            {
                // The runtime refused (a heap limit below the budget, a region some other code opened): build as before.
            }
        }
    }

    /// <summary>
    /// Closes the region <see cref="Linger"/> from now, on a timer thread, unless another rebuild comes first. On the
    /// system's clock, never a preview's own (a test's fake clock would keep the region open).
    /// </summary>
    public static void AfterBuild()
    {
        lock (Gate)
        {
            _close?.Dispose();
            _close = TimeProvider.System.CreateTimer(_ => Close(), null, Linger, Timeout.InfiniteTimeSpan);
        }
    }

    private static void Close()
    {
        lock (Gate)
        {
            EndRegion();
        }
    }

    private static void EndRegion()
    {
        // The runtime ends the region by itself when the budget is spent or some code calls GC.Collect, and ending
        // it then throws: the check skips the usual case, the catch the race where that happens between the two.
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
        }
    }
}
