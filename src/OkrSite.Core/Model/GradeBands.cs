namespace OkrSite.Core.Model;

/// <summary>
/// The spread of key-result grades (scores, rounded) at the end of a period, in the bands of OKR grading:
/// <see cref="Low"/> 0 ≤ s &lt; 0.3 (no real progress), <see cref="Middle"/> 0.3 ≤ s &lt; 0.7 (progress, short of
/// the goal), <see cref="High"/> 0.7 ≤ s &lt; 1 (delivered) and <see cref="Full"/> s = 1; each band includes its lower
/// edge, so 0.3 is in the middle band and 0.7 in the high one, as 0.7 is success. <see cref="NoScore"/>: no grade.
/// </summary>
public sealed record GradeBands(int Low, int Middle, int High, int Full, int NoScore)
{
    public int Total => Low + Middle + High + Full + NoScore;
}
