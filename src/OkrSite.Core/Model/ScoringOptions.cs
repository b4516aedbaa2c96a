namespace OkrSite.Core.Model;

/// <summary>The status thresholds: progress at or above <see cref="Success"/> is on track, at or above <see cref="AtRisk"/> at risk.</summary>
public sealed record ScoringOptions(double Success = 0.7, double AtRisk = 0.4)
{
    public static ScoringOptions Default { get; } = new();
}
