using OkrSite.Core.Write;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Write;

public class OutputLockTests
{
    [Fact]
    public void Only_one_holder_at_a_time_and_the_lock_is_free_again_once_released()
    {
        using var site = new TempSite();
        int? told = null;

        using (var first = OutputLock.Acquire(site.Output, TimeSpan.Zero))
        {
            Assert.NotNull(first);
            Assert.Equal(site.Output + ".okrsite-lock", first.Path);
            Assert.Null(OutputLock.Acquire(site.Output, TimeSpan.FromMilliseconds(200), pid => told = pid));
        }

        var again = OutputLock.Acquire(site.Output, TimeSpan.Zero);
        Assert.NotNull(again);
        again.Dispose();

        // The holder's pid, for the waiting message (read once released: this test process keeps .NET's own file
        // locking, which refuses to open a file another handle has flock'ed; okrsite turns that off).
        Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n", ReadShared(again.Path));
        Assert.Equal(Environment.ProcessId, OutputLock.Holder(again.Path));
        Assert.False(Directory.Exists(site.Output)); // the lock is beside the output, never inside it
        Assert.True(told is null || told == Environment.ProcessId);
    }

    [Fact]
    public void A_lock_path_that_is_a_link_is_never_opened()
    {
        using var site = new TempSite();
        site.File("precious.txt", "mine");
        File.CreateSymbolicLink(site.Output + ".okrsite-lock", Path.Combine(site.Root, "precious.txt"));

        Assert.Throws<LockFileException>(() => OutputLock.Acquire(site.Output, TimeSpan.Zero));
        Assert.Equal("mine", site.Read("precious.txt"));
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
