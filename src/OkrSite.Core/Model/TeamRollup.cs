namespace OkrSite.Core.Model;

/// <summary>
/// A team's picture in one period over its own objectives and those of all its sub-teams, at any depth:
/// how many there are, how they stand, and their equal-weight mean <see cref="Score"/> with its <see cref="Status"/>.
/// </summary>
public sealed record TeamRollup(Period Period, int ObjectiveCount, StatusCounts Objectives, double? Score, Status Status)
{
    /// <summary>Once the period has ended: the roll-up's score graded like an aspirational objective's; null while it runs.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>How many of the objectives are behind plan: at risk or off track.</summary>
    public int Behind => Objectives.AtRisk + Objectives.OffTrack;

    /// <summary>Once the period has ended: how many of the objectives got each verdict.</summary>
    public VerdictCounts ObjectiveVerdicts { get; init; } = VerdictCounts.None;
}
