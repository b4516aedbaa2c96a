using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>OKR0504: an objective whose key results are all milestones (done or not done, progress by hand).</summary>
internal sealed class MilestonesOnlyCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachMilestonesOnly;

    public override string Name => "milestones-only";

    public override string Title => "Only milestones, no outcome";

    public override string Why => "Google's re:Work guide and Niven and Lamorte distinguish outcome key results from activity (milestone) ones: finishing every task does not show that anything changed. Milestones are fine beside a measured outcome, not instead of one.";

    public override IEnumerable<CoachFinding> Run(CoachContext context) =>
        context.Report.Objectives
            .Where(o => o.KeyResults.Length > 0 && o.KeyResults.All(k => k.Type == KeyResultType.Milestone))
            .Select(o => CoachFinding.About(o, $"every key result of objective '{o.Title}' ({o.Key}) is a milestone", "they measure the work, not its outcome; make at least one a metric with a baseline and a target"));
}
