using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

/// <summary>A KPI's latest value read against its direction: how far it is from the target, and whether its last change helped.</summary>
internal static class KpiProgress
{
    /// <summary>
    /// How far <paramref name="latest"/> still is from <paramref name="target"/> in the better direction, rounded:
    /// positive while short of it (below it when higher is better, above it when lower is), 0 on it, negative past
    /// it. Null without both, or when the difference is beyond the range of double.
    /// </summary>
    public static double? Gap(double? latest, double? target, Direction direction) =>
        latest is not { } value || target is not { } goal ? null
        : direction == Direction.Higher ? Figures.Difference(goal, value)
        : Figures.Difference(value, goal);

    /// <summary>The target is met: the gap is 0 or past it. Null without a gap.</summary>
    public static bool? Met(double? gap) => gap is { } g ? g <= 0 : null;

    /// <summary>Whether <paramref name="change"/> (latest − previous) moved the KPI the better way. Null without a change.</summary>
    public static KpiMovement? Movement(double? change, Direction direction) => change switch
    {
        null => null,
        0 => KpiMovement.Unchanged,
        > 0 => direction == Direction.Higher ? KpiMovement.Better : KpiMovement.Worse,
        _ => direction == Direction.Higher ? KpiMovement.Worse : KpiMovement.Better,
    };
}
