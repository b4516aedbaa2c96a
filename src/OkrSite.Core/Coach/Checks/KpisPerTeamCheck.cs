using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Coach.Checks;

/// <summary>OKR0510: a team that owns more than coach.kpisPerTeam KPIs.</summary>
internal sealed class KpisPerTeamCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachKpisPerTeam;

    public override string Name => "kpis-per-team";

    public override string Title => "Too many KPIs for one team";

    public override string Why => "Parmenter's 10/80/10 rule keeps key indicators few, and Marr advises a handful per team: a team cannot act on dozens of indicators; the rest belong in a report.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var max = context.Options.KpisPerTeam;
        return context.Report.Teams
            .Where(t => t.Kpis.Length > max)
            .Select(t => CoachFinding.About(t, null, string.Create(CultureInfo.InvariantCulture, $"team '{t.Name}' owns {t.Kpis.Length} KPIs, more than {max}"), "a team acts on a few key indicators; keep those and report the rest elsewhere"));
    }
}
