using OkrSite.Core.Model;

namespace OkrSite.Core.Compute;

internal static class ExpectedProgress
{
    /// <summary>
    /// The elapsed share of the period at <paramref name="asOf"/>: days from the period start to asOf, both
    /// counted, over the days of the period, clamped to [0, 1] and rounded (<see cref="Figures"/>). On the first day it is 1/days, on the last day 1.
    /// </summary>
    public static double At(Period period, DateOnly asOf)
    {
        var elapsed = asOf.DayNumber - period.Start.DayNumber + 1;
        return Figures.Round(Math.Clamp((double)elapsed / period.Days, 0, 1));
    }
}
