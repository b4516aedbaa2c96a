namespace OkrSite.Cli.Serve;

/// <summary>
/// When to rebuild, as a pure value: a build starts once the watched files have been quiet for <see cref="Quiet"/>
/// since the last change (an editor's save is several events, a CSV export many), one build at a time, and any
/// change while a build runs makes exactly one more after it.
/// </summary>
/// <param name="Quiet">How long the files must be unchanged before a build starts.</param>
/// <param name="LastChange">The latest change not yet built, or null when everything is built.</param>
/// <param name="Building">Whether a build is running.</param>
/// <param name="Changes">How many change events <see cref="LastChange"/> stands for.</param>
internal readonly record struct RebuildSchedule(TimeSpan Quiet, DateTimeOffset? LastChange = null, bool Building = false, int Changes = 0)
{
    /// <summary>When the next build may start, or null when none is due (nothing changed, or a build runs).</summary>
    public DateTimeOffset? DueAt => Building || LastChange is not { } last ? null : last + Quiet;

    public RebuildSchedule Changed(DateTimeOffset at) =>
        this with { LastChange = LastChange is { } last && last > at ? last : at, Changes = Changes + 1 };

    /// <summary>A build wanted at once (the first one), without waiting for quiet.</summary>
    public RebuildSchedule Now(DateTimeOffset at) => this with { LastChange = at - Quiet, Changes = Changes + 1 };

    /// <summary>Starts the build when one is due at <paramref name="now"/>; <paramref name="changes"/> tells how many changes it takes in.</summary>
    public RebuildSchedule TryStart(DateTimeOffset now, out bool started, out int changes)
    {
        started = DueAt is { } due && now >= due;
        changes = started ? Changes : 0;
        return started ? this with { Building = true, LastChange = null, Changes = 0 } : this;
    }

    public RebuildSchedule Finished() => this with { Building = false };
}
