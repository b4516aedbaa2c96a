using System.Collections.Immutable;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>Carries each file's <c>coach:</c> switch from its definition onto the model, where the coach stage reads it.</summary>
internal static partial class ReportBuilder
{
    private static (ImmutableArray<Objective>, ImmutableArray<Kpi>, ImmutableArray<Team>) CoachSwitches(
        ContentSet content, ImmutableArray<Objective> objectives, ImmutableArray<Kpi> kpis, ImmutableArray<Team> teams)
    {
        var objectiveSwitches = content.Objectives.Where(o => o.Coach != CoachSwitch.On).ToDictionary(o => o.Key, o => o.Coach, StringComparer.Ordinal);
        var kpiSwitches = content.Kpis.Where(k => k.Coach != CoachSwitch.On).ToDictionary(k => k.Id, k => k.Coach, StringComparer.Ordinal);
        var teamSwitches = content.Teams.Where(t => t.Coach != CoachSwitch.On).ToDictionary(t => t.Id, t => t.Coach, StringComparer.Ordinal);
        return (
            objectiveSwitches.Count == 0 ? objectives : [.. objectives.Select(o => objectiveSwitches.TryGetValue(o.Key, out var s) ? o with { Coach = s } : o)],
            kpiSwitches.Count == 0 ? kpis : [.. kpis.Select(k => kpiSwitches.TryGetValue(k.Id, out var s) ? k with { Coach = s } : k)],
            teamSwitches.Count == 0 ? teams : [.. teams.Select(t => teamSwitches.TryGetValue(t.Id, out var s) ? t with { Coach = s } : t)]);
    }
}
