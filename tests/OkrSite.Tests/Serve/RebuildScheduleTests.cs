using OkrSite.Cli.Serve;

namespace OkrSite.Tests.Serve;

public class RebuildScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private static DateTimeOffset At(int milliseconds) => T0.AddMilliseconds(milliseconds);

    [Fact]
    public void Nothing_is_due_before_a_change()
    {
        var schedule = new RebuildSchedule(Quiet);

        schedule.TryStart(At(10_000), out var started, out _);

        Assert.Null(schedule.DueAt);
        Assert.False(started);
    }

    [Fact]
    public void A_burst_of_changes_is_one_build_after_the_last_one_has_been_quiet()
    {
        var schedule = new RebuildSchedule(Quiet).Changed(At(0)).Changed(At(40)).Changed(At(100));

        Assert.Equal(At(250), schedule.DueAt);
        schedule = schedule.TryStart(At(249), out var early, out _);
        Assert.False(early);
        schedule = schedule.TryStart(At(250), out var started, out var changes);
        Assert.True(started);
        Assert.Equal(3, changes);
        Assert.True(schedule.Building);
        schedule.Finished().TryStart(At(10_000), out var again, out _);
        Assert.False(again);
    }

    [Fact]
    public void A_change_while_a_build_runs_makes_exactly_one_more_after_it()
    {
        var schedule = new RebuildSchedule(Quiet).Changed(At(0)).TryStart(At(150), out _, out _);

        schedule = schedule.Changed(At(200)).Changed(At(300));
        schedule = schedule.TryStart(At(1_000), out var duringBuild, out _);
        Assert.False(duringBuild);
        Assert.Null(schedule.DueAt);

        schedule = schedule.Finished();
        Assert.Equal(At(450), schedule.DueAt);
        schedule = schedule.TryStart(At(1_000), out var after, out var changes);
        Assert.True(after);
        Assert.Equal(2, changes);
        schedule.Finished().TryStart(At(5_000), out var third, out _);
        Assert.False(third);
    }

    [Fact]
    public void The_first_build_is_due_at_once_and_an_event_from_the_past_never_moves_the_time_back()
    {
        Assert.Equal(At(0), new RebuildSchedule(Quiet).Now(At(0)).DueAt);
        Assert.Equal(At(250), new RebuildSchedule(Quiet).Changed(At(100)).Changed(At(50)).DueAt);
    }
}
