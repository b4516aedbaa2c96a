using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Coach.Checks;

/// <summary>OKR0502: a team with more than coach.objectivesPerTeam objectives of its own in one period.</summary>
internal sealed class ObjectivesPerTeamCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachObjectivesPerTeam;

    public override string Name => "objectives-per-team";

    public override string Title => "Too many objectives for one team";

    public override string Why => "Doerr and Christina Wodtke (Radical Focus) both argue for few objectives, Wodtke for a single one per quarter: a team that has more than five priorities has none.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var max = context.Options.ObjectivesPerTeam;
        foreach (var team in context.Report.Teams)
        {
            foreach (var period in context.OwnObjectives(team).GroupBy(o => o.Period).Where(g => g.Count() > max).OrderByDescending(g => g.Key))
            {
                yield return CoachFinding.About(team, period.Key, string.Create(CultureInfo.InvariantCulture, $"team '{team.Name}' has {period.Count()} objectives in {period.Key}, more than {max}"), "with that many, none gets the focus an objective needs; keep the most important and track the rest as KPIs");
            }
        }
    }
}
