using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0508: a team whose own objectives averaged below coach.scores.low in two closed periods in a row. Team level
/// only: an objective is one period's (ids are unique per period), so "the same objective missed twice" has no
/// identity to follow; the team does.
/// </summary>
internal sealed class ChronicMissCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachChronicMiss;

    public override string Name => "chronic-miss";

    public override string Title => "Missed, period after period";

    public override string Why => "The same guide reads consistently low scores as a sign of too many or unrealistic objectives, or of a blocker nobody has raised; two periods in a row is a pattern, not bad luck.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var low = context.Options.LowScore;
        foreach (var team in context.Report.Teams)
        {
            if (TeamScoreStreaks.LatestPair(TeamScoreStreaks.ClosedScores(context, team), s => s < low) is var (first, second))
            {
                yield return CoachFinding.About(team, second.Period, string.Create(CultureInfo.InvariantCulture, $"team '{team.Name}' averaged {first.Score} in {first.Period} and {second.Score} in {second.Period}, below {low} both times"), "set fewer or more reachable objectives, or find out what blocks the team");
            }
        }
    }
}
