using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>OKR0501: an objective with fewer than coach.keyResults.min or more than coach.keyResults.max key results.</summary>
/// <remarks>An objective without any key result is already an error (OKR0111), so it is not advised on twice.</remarks>
internal sealed class KeyResultCountCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachKeyResultCount;

    public override string Name => "key-results";

    public override string Title => "Too few or too many key results";

    public override string Why => "John Doerr (Measure What Matters) and Google's OKR guide on re:Work recommend three to five key results per objective: one measure alone is easily gamed or misses a side of the outcome, and more than five dilutes the focus an objective is for.";

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var (min, max) = (context.Options.MinKeyResults, context.Options.MaxKeyResults);
        foreach (var o in context.Report.Objectives)
        {
            var count = o.KeyResults.Length;
            if (count == 0 || (count >= min && count <= max))
            {
                continue;
            }

            var what = count == 1 ? "1 key result" : string.Create(CultureInfo.InvariantCulture, $"{count} key results");
            var advice = count < min
                ? "one measure rarely shows that an objective is met: add a key result for another side of the outcome"
                : "focus on the few that show the outcome, and move the others to a KPI or another objective";
            yield return CoachFinding.About(o, string.Create(CultureInfo.InvariantCulture, $"objective '{o.Title}' ({o.Key}) has {what}, outside {min} to {max}"), advice);
        }
    }
}
