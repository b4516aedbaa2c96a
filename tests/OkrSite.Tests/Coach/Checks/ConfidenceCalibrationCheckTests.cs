using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class ConfidenceCalibrationCheckTests
{
    private static CheckIn At(int day, double? confidence) =>
        new(new DateOnly(2026, 10, day), null, confidence, null, new ValueOrigin(OriginKind.FrontMatter, new SourceSpan("content/okrs/2026-Q4/o.md", 10 + day, 9)));

    private static Report With(params CheckIn[] checkIns) =>
        Report([Objective("o", keyResults: [Metric("kr1") with { CheckIns = [.. checkIns] }, Metric("kr2")])]);

    [Theory]
    [InlineData(7.5, true)] // above 7
    [InlineData(7, false)] // the boundaries are calibrated
    [InlineData(5, false)]
    [InlineData(3, false)]
    [InlineData(2.9, true)] // below 3
    public void Flags_a_first_confidence_above_seven_or_below_three(double confidence, bool flagged) =>
        Assert.Equal(flagged, Run(new ConfidenceCalibrationCheck(), With(At(1, confidence))).Count == 1);

    [Fact]
    public void Only_the_first_check_in_with_a_confidence_counts_and_the_finding_points_at_it()
    {
        // A first check-in without a confidence is skipped; a later 9 after a first 5 is not the first.
        Assert.Empty(Run(new ConfidenceCalibrationCheck(), With(At(1, null), At(8, 5), At(15, 9))));

        var finding = Assert.Single(Run(new ConfidenceCalibrationCheck(), With(At(1, null), At(8, 9), At(15, 5))));
        Assert.Equal(new SourceSpan("content/okrs/2026-Q4/o.md", 18, 9), finding.Source);
        Assert.StartsWith("key result 'KR kr1' of 2026-Q4/o started with a confidence of 9/10 on 2026-10-08, outside 3 to 7", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_check_ins_nothing_to_calibrate_and_the_range_comes_from_site_json()
    {
        Assert.Empty(Run(new ConfidenceCalibrationCheck(), With()));

        var report = With(At(1, 8)) with { Config = SiteConfig.Default("t") with { Coach = CoachOptions.Default with { HighConfidence = 8 } } };
        Assert.Empty(Run(new ConfidenceCalibrationCheck(), report));
    }
}
