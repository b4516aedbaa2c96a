using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Coach.Checks;

/// <summary>OKR0507: a team whose own objectives averaged above coach.scores.high in two closed periods in a row.</summary>
internal sealed class TeamSandbaggingCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachTeamSandbagging;

    public override string Name => "team-sandbagging";

    public override string Title => "Full scores, period after period";

    public override string Why => "Google's re:Work guide expects aspirational OKRs to land around 0.6 to 0.7; a team that scores above 0.9 every period is likely setting targets it knows it will meet (sandbagging).";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var high = context.Options.HighScore;
        foreach (var team in context.Report.Teams)
        {
            if (TeamScoreStreaks.LatestPair(TeamScoreStreaks.ClosedScores(context, team), s => s > high) is var (first, second))
            {
                yield return CoachFinding.About(team, second.Period, string.Create(CultureInfo.InvariantCulture, $"team '{team.Name}' averaged {first.Score} in {first.Period} and {second.Score} in {second.Period}, above {high} both times"), "targets that are always met are not stretching; aim higher next period");
            }
        }
    }
}
