namespace OkrSite.Core.Model;

/// <summary>How many objectives (or key results) have each final verdict; every verdict is counted, 0 when none has it.</summary>
public sealed record VerdictCounts(int Achieved, int PartlyAchieved, int Missed, int NoData)
{
    public static VerdictCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>Every verdict, best first: the order pages list the counts in.</summary>
    public static IReadOnlyList<Verdict> BestFirst { get; } = [Verdict.Achieved, Verdict.PartlyAchieved, Verdict.Missed, Verdict.NoData];

    public int Total => Achieved + PartlyAchieved + Missed + NoData;

    public int this[Verdict verdict] => verdict switch
    {
        Verdict.Achieved => Achieved,
        Verdict.PartlyAchieved => PartlyAchieved,
        Verdict.Missed => Missed,
        _ => NoData,
    };

    public VerdictCounts Plus(VerdictCounts other) => new(
        Achieved + other.Achieved, PartlyAchieved + other.PartlyAchieved, Missed + other.Missed, NoData + other.NoData);

    /// <summary>The counts of the verdicts given; null (a period still running) is not counted.</summary>
    public static VerdictCounts Of(IEnumerable<Verdict?> verdicts)
    {
        int achieved = 0, partly = 0, missed = 0, none = 0;
        foreach (var verdict in verdicts)
        {
            switch (verdict)
            {
                case Verdict.Achieved: achieved++; break;
                case Verdict.PartlyAchieved: partly++; break;
                case Verdict.Missed: missed++; break;
                case Verdict.NoData: none++; break;
            }
        }

        return new(achieved, partly, missed, none);
    }
}
