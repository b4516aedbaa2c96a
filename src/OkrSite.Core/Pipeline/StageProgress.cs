namespace OkrSite.Core.Pipeline;

/// <summary>
/// One step of a build, told to <see cref="BuildOptions.Progress"/> as it happens: a stage starting
/// (<see cref="Finished"/> null) and the same stage done, with its timing. <see cref="Number"/> counts from 1 in the
/// order of the stages; <see cref="Of"/> is how many a build of these options runs when nothing stops it early.
/// </summary>
public sealed record StageProgress(string Stage, int Number, int Of, StageTiming? Finished = null)
{
    /// <summary>Every stage a build runs, in order; a check stops before the write.</summary>
    public static IReadOnlyList<string> Stages(bool write) => Stages(write, checkInputs: false);

    /// <summary>The same, with <see cref="BuildStage.CheckInputs"/> first when the build may be skipped (<see cref="BuildOptions.SkipUnchanged"/>).</summary>
    public static IReadOnlyList<string> Stages(bool write, bool checkInputs) =>
        [.. (write ? BuildStage.All : BuildStage.All[..^1]).Where(s => checkInputs || s != BuildStage.CheckInputs)];

    /// <summary>The stages of a build told <paramref name="of"/> as its count, for a display that lists them all up front.</summary>
    public static IReadOnlyList<string> Plan(int of) =>
        of > Stages(write: true).Count ? Stages(write: true, checkInputs: true) : [.. Stages(write: true).Take(of)];
}
