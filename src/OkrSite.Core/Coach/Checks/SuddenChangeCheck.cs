using System.Globalization;
using OkrSite.Core.Compute;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0512: a KPI whose latest value moved the bad way by more than coach.alerts.change of the value before it,
/// relative to that value ((latest − previous) / |previous|). Without a previous value, or when it is 0 (no
/// relative change exists), there is nothing to compare.
/// </summary>
internal sealed class SuddenChangeCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachSuddenChange;

    public override string Name => "sudden-change";

    public override string Title => "A sudden change the wrong way";

    public override string Why => "A sudden move the bad way is either a data error (an export that changed) or a real event; both need a look before the next review, and the sooner someone looks, the cheaper either is to fix. The 20 % default is OkrSite's, not a published standard: tune it per site.";

    /// <summary>(latest − previous) / |previous|, rounded; null when previous is 0.</summary>
    public static double? RelativeChange(double previous, double latest) =>
        previous == 0 ? null : Figures.Round((latest - previous) / Math.Abs(previous));

    public static bool IsBad(Direction direction, double change, double threshold) =>
        direction == Direction.Higher ? change < -threshold : change > threshold;

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var threshold = context.Options.AlertChange;
        foreach (var kpi in context.Report.Kpis)
        {
            if (kpi is { Latest: { } latest, Previous: { } previous }
                && RelativeChange(previous.Value, latest.Value) is { } change
                && IsBad(kpi.Direction, change, threshold))
            {
                var percent = Figures.Round(Math.Abs(change) * 100);
                var way = change < 0 ? "fell" : "rose";
                yield return CoachFinding.About(kpi, string.Create(CultureInfo.InvariantCulture, $"KPI '{kpi.Name}' {way} by {percent} % from {previous.Value} ({previous.Date:yyyy-MM-dd}) to {latest.Value} ({latest.Date:yyyy-MM-dd}), more than the {Figures.Round(threshold * 100)} % alert"), "check the data, and if it is real find the cause");
            }
        }
    }
}
