using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0506: an aspirational objective whose period has ended (<see cref="Objective.Final"/>) with a score of 1.0 on
/// every key result. A committed objective is meant to reach 1.0, so it is never flagged.
/// </summary>
internal sealed class SandbaggingCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachSandbagging;

    public override string Name => "sandbagging";

    public override string Title => "An aspirational objective met in full";

    public override string Why => "Google's re:Work guide and Doerr separate committed OKRs (1.0 expected) from aspirational ones, where about 0.7 is success: an aspirational objective that reaches 1.0 on every key result was probably not aspirational, and the targets were set where the team knew it would land.";

    public override IEnumerable<CoachFinding> Run(CoachContext context) =>
        context.Report.Objectives
            .Where(o => o is { Kind: ObjectiveKind.Aspirational, Final: true, KeyResults.IsEmpty: false } && o.KeyResults.All(k => k.Score >= 1))
            .Select(o => CoachFinding.About(o, $"aspirational objective '{o.Title}' ({o.Key}) ended with 1.0 on every key result", "for an aspirational objective about 0.7 is success, so these targets were likely set too low; aim higher next period, or mark it kind: committed if 1.0 was the plan"));
}
