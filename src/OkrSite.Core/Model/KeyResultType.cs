namespace OkrSite.Core.Model;

/// <summary>A metric KR moves a number from a baseline to a target (outcome); a milestone KR is done or not (effort).</summary>
public enum KeyResultType
{
    Metric,
    Milestone,
}
