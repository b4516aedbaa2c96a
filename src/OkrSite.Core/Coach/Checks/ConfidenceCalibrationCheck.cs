using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0514: a key result whose first check-in that gives a confidence (oldest first, <see cref="KeyResult.CheckIns"/>)
/// says more than coach.confidence.high or less than coach.confidence.low on the 0–10 scale: a target set well
/// starts at about 5 out of 10.
/// </summary>
internal sealed class ConfidenceCalibrationCheck : CoachCheck
{
    public override DiagnosticCode Code => Codes.CoachConfidenceCalibration;

    public override string Name => "confidence-calibration";

    public override string Title => "A first confidence out of calibration";

    public override string Why => "Christina Wodtke (Radical Focus) sets key results so that the team's confidence at the start of the quarter is 5 out of 10, a coin toss: starting near 10 means the target is safe, near 0 that nobody believes in it.";

    /// <summary>The first check-in of <paramref name="kr"/> that gives a confidence, or null.</summary>
    public static CheckIn? First(KeyResult kr) => kr.CheckIns.FirstOrDefault(c => c.Confidence is not null);

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var (low, high) = (context.Options.LowConfidence, context.Options.HighConfidence);
        foreach (var o in context.Report.Objectives)
        {
            foreach (var kr in o.KeyResults)
            {
                if (First(kr) is not { Confidence: { } confidence } first || (confidence >= low && confidence <= high))
                {
                    continue;
                }

                var advice = confidence > high
                    ? "a target the team is this sure of at the start is a safe one; raise it until the honest answer is about 5"
                    : "a target nobody believes in at the start demotivates; cut it to where the honest answer is about 5, or find what makes it unlikely";
                var finding = CoachFinding.About(o, kr, string.Create(CultureInfo.InvariantCulture, $"key result '{kr.Title}' of {o.Key} started with a confidence of {confidence}/10 on {first.Date:yyyy-MM-dd}, outside {low} to {high}"), advice);
                yield return first.Origin.At.IsNone ? finding : finding with { Source = first.Origin.At };
            }
        }
    }
}
