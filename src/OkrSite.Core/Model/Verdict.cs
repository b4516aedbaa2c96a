namespace OkrSite.Core.Model;

/// <summary>
/// The final grade of an objective or key result once its period has ended (<c>Compute.VerdictRule</c>):
/// what its pages say instead of the status of a period still running.
/// </summary>
public enum Verdict
{
    NoData,
    Missed,
    PartlyAchieved,
    Achieved,
}
