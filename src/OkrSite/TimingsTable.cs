using System.Globalization;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli;

/// <summary>The stage table of <c>--timings</c>: plain aligned text, so it reads the same in a terminal and a CI log.</summary>
public static class TimingsTable
{
    public static void Write(IReadOnlyList<StageTiming> stages, TextWriter output)
    {
        output.WriteLine("stage             time (ms)   allocated (MB)   count");
        foreach (var stage in stages)
        {
            var count = stage.Count is { } n ? $"{n.ToString("#,0", CultureInfo.InvariantCulture)} {stage.CountOf}" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage.Stage,-16} {stage.Elapsed.TotalMilliseconds,10:0.0} {stage.AllocatedBytes / 1048576.0,16:0.0}   {count}"));
        }

        var total = stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-16} {total.TotalMilliseconds,10:0.0} {stages.Sum(s => s.AllocatedBytes) / 1048576.0,16:0.0}"));
    }
}
