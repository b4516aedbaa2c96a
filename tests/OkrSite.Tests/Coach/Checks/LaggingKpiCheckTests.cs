using OkrSite.Core.Coach.Checks;
using OkrSite.Core.Model;
using static OkrSite.Tests.Coach.Coached;

namespace OkrSite.Tests.Coach.Checks;

public class LaggingKpiCheckTests
{
    [Theory]
    [InlineData("2026-Q4", Indicator.Lagging, true)]
    [InlineData("2026-Q4", Indicator.Leading, false)]
    [InlineData("2026-Q4", null, false)] // not marked: nothing to say
    [InlineData("2026", Indicator.Lagging, false)] // a year is long enough for a lagging measure
    [InlineData("2026-H2", Indicator.Lagging, false)]
    public void Flags_a_quarterly_key_result_on_a_lagging_kpi(string period, Indicator? indicator, bool flagged)
    {
        var report = Report(
            [Objective("brand", period, keyResults: [Metric("kr1", kpi: "brand-perception"), Metric("kr2")])],
            [Kpi("brand-perception", indicator: indicator)]);

        var findings = Run(new LaggingKpiCheck(), report);

        Assert.Equal(flagged, findings.Count == 1);
        if (flagged)
        {
            Assert.Equal(FindingSubject.KeyResult, findings[0].Kind);
            Assert.Equal($"{period}/brand/kr1", findings[0].Subject);
            Assert.Equal(7, findings[0].Source.Line); // the key result's line, not the file's first
        }
    }
}
