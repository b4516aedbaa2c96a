namespace OkrSite.Core.Model;

/// <summary>How many objectives (or key results) have each status; every status is counted, 0 when none has it.</summary>
public sealed record StatusCounts(int NoData, int NotStarted, int OffTrack, int AtRisk, int OnTrack)
{
    public static StatusCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Every status, best first: the order pages list the counts in.</summary>
    public static IReadOnlyList<Status> BestFirst { get; } = [Status.OnTrack, Status.AtRisk, Status.OffTrack, Status.NotStarted, Status.NoData];

    public int Total => NoData + NotStarted + OffTrack + AtRisk + OnTrack;

    public int this[Status status] => status switch
    {
        Status.NoData => NoData,
        Status.NotStarted => NotStarted,
        Status.OffTrack => OffTrack,
        Status.AtRisk => AtRisk,
        _ => OnTrack,
    };

    public static StatusCounts Of(IEnumerable<Status> statuses)
    {
        Span<int> counts = stackalloc int[5];
        foreach (var status in statuses)
        {
            counts[(int)status]++;
        }

        return new(counts[(int)Status.NoData], counts[(int)Status.NotStarted], counts[(int)Status.OffTrack], counts[(int)Status.AtRisk], counts[(int)Status.OnTrack]);
    }

    public StatusCounts Plus(StatusCounts other) => new(
        NoData + other.NoData, NotStarted + other.NotStarted, OffTrack + other.OffTrack, AtRisk + other.AtRisk, OnTrack + other.OnTrack);
}
