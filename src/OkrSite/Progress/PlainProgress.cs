using System.Globalization;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Progress;

/// <summary>
/// A line as each stage starts ("[6/8] render charts"), and with --verbose a second one when it ends, with its
/// count, time and allocations. No escape codes, no carriage returns: a CI log reads it as it was written.
/// </summary>
internal sealed class PlainProgress(TextWriter? output, TextWriter error, bool verbose) : BuildProgress
{
    public override BuildResult Run(Func<Action<StageProgress>?, BuildResult> build) => build(output is null ? null : Show);

    public override void Waiting(string line) => error.WriteLine($"okrsite: {line}");

    private void Show(StageProgress step)
    {
        if (step.Finished is null)
        {
            output!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{step.Number}/{step.Of}] {step.Stage}"));
        }
        else if (verbose)
        {
            output!.WriteLine($"      {Describe(step.Finished)}");
        }

        output!.Flush();
    }

    /// <summary>"14 files in 12.3 ms, 1.2 MB allocated": what a stage made and what it cost.</summary>
    public static string Describe(StageTiming timing)
    {
        var made = timing.Count is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n:#,0} {timing.CountOf} in ") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{made}{timing.Elapsed.TotalMilliseconds:0.0} ms, {timing.AllocatedBytes / 1048576.0:0.0} MB allocated");
    }
}
