using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Tests.Render.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>The "Across periods" sentence of a KPI page: one step per period, however many key results a period sets.</summary>
public class CarriedForwardSummaryTests
{
    private static readonly Lazy<Report> Sample = new(() => TestBuild.Run(new BuildOptions(Repository.Root, Write: false)).Report!);

    // The sample's customer-retention KPI is tracked in 2026-Q3, 2026-Q4 and 2026; a second key result in 2026-Q3
    // (of another objective of that quarter) starts from the same 73% and aims at 77%.
    private static KpiView Retention(bool german = false)
    {
        var report = Sample.Value;
        var kpi = report.Kpis.Single(k => k.Id == "customer-retention");
        var q3 = kpi.CarriedForward.Single(c => c.Period == Period.Parse("2026-Q3"));
        var other = report.Objectives.First(o => o.Period == q3.Period && o.Key != q3.Objective).Key;
        var carried = kpi.CarriedForward.Insert(kpi.CarriedForward.IndexOf(q3) + 1, q3 with { Objective = other, Target = 77 });
        var edited = report with { Kpis = report.Kpis.Replace(kpi, kpi with { CarriedForward = carried }) };
        return new ViewBuilder(edited, new MarkdownRenderer(false), new Dictionary<string, ChartView>(), null, german ? TextFixtures.German() : null).Kpi("customer-retention");
    }

    [Fact]
    public void One_key_result_a_period_is_its_baseline_to_its_target()
    {
        var view = new ViewBuilder(Sample.Value, new MarkdownRenderer(false), new Dictionary<string, ChartView>()).Kpi("customer-retention");

        Assert.Equal("73% → 75% in 2026-Q3, 74.6% → 78% in 2026-Q4, 72% → 80% over 2026, towards 80%, the KPI's target.", view.CarriedForward!.Summary);
    }

    [Fact]
    public void Several_key_results_in_a_period_are_one_step_with_the_range_of_their_targets_and_their_count()
    {
        var view = Retention();

        Assert.Equal("73% → 75% to 77% in 2026-Q3 (2 key results), 74.6% → 78% in 2026-Q4, 72% → 80% over 2026, towards 80%, the KPI's target.", view.CarriedForward!.Summary);
        Assert.Equal(4, view.CarriedForward.Rows.Count); // every key result is still its own row below the sentence
    }

    [Fact]
    public void In_german_the_step_counts_schluesselergebnisse()
    {
        var summary = Retention(german: true).CarriedForward!.Summary.Replace('\u00A0', ' ').Replace('\u202F', ' '); // German puts a no-break space before %

        Assert.StartsWith("73 % → 75 % bis 77 % in 2026-Q3 (2 Schlüsselergebnisse), ", summary, StringComparison.Ordinal);
    }
}
