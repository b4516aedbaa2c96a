using System.Collections.Immutable;
using OkrSite.Core.Coach.Checks;

namespace OkrSite.Core.Coach;

/// <summary>Every check of the coach, in code order, and the names a switch may use for them.</summary>
internal static class CoachCatalog
{
    /// <summary>The switch entry that means every check.</summary>
    public const string All = "all";

    public static ImmutableArray<CoachCheck> Checks { get; } =
    [
        new KeyResultCountCheck(),
        new ObjectivesPerTeamCheck(),
        new LaggingKpiCheck(),
        new MilestonesOnlyCheck(),
        new BusinessAsUsualCheck(),
        new SandbaggingCheck(),
        new TeamSandbaggingCheck(),
        new ChronicMissCheck(),
        new KpiStructureCheck(),
        new KpisPerTeamCheck(),
        new RedKpiCheck(),
        new SuddenChangeCheck(),
        new OrphanObjectiveCheck(),
        new ConfidenceCalibrationCheck(),
    ];

    /// <summary>What a switch may write: every code, every name, and "all".</summary>
    public static IReadOnlyList<string> SwitchNames { get; } =
        [.. Checks.Select(c => c.Code.Id), .. Checks.Select(c => c.Name), All];

    /// <summary>The code a switch entry means (case-insensitive), "all" for every check, or null for none.</summary>
    public static string? Resolve(string entry)
    {
        var text = entry.Trim();
        if (text.Equals(All, StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        return Checks.FirstOrDefault(c => c.Code.Id.Equals(text, StringComparison.OrdinalIgnoreCase) || c.Name.Equals(text, StringComparison.OrdinalIgnoreCase))?.Code.Id;
    }
}
