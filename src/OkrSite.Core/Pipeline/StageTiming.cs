namespace OkrSite.Core.Pipeline;

/// <summary>How long one stage of a build took and how much managed memory it allocated (all threads).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long AllocatedBytes, int? Count = null, string? CountOf = null);
