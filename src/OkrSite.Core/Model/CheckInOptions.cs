using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>
/// site.json checkIns: where the check-ins CSV files are (globs, matched like data), how often a key result is
/// expected to be checked in, and the confidence at or below which a key result is at best at risk.
/// </summary>
public sealed record CheckInOptions(ImmutableArray<string> Files, CheckInCadence Cadence, double LowConfidence)
{
    public static ImmutableArray<string> DefaultFiles { get; } = ["content/checkins/*.csv"];

    public const double DefaultLowConfidence = 3;

    public static CheckInOptions Default { get; } = new(DefaultFiles, CheckInCadence.Weekly, DefaultLowConfidence);
}

/// <summary>
/// How often a key result is expected to get a check-in: a number of days, or monthly (a calendar month, so a check-in
/// on 31 January is due by 28 February).
/// </summary>
public readonly record struct CheckInCadence(int Days, bool Monthly = false)
{
    public static CheckInCadence Weekly { get; } = new(7);

    public static CheckInCadence Biweekly { get; } = new(14);

    public static CheckInCadence EveryMonth { get; } = new(0, Monthly: true);

    /// <summary>The last day a check-in made on <paramref name="latest"/> still counts as current.</summary>
    public DateOnly DueBy(DateOnly latest) => Monthly ? latest.AddMonths(1) : latest.AddDays(Days);

    public override string ToString() => Monthly ? "monthly" : Days switch
    {
        7 => "weekly",
        14 => "biweekly",
        _ => Days.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days",
    };
}
