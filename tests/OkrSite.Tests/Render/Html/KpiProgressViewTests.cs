using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Tests.Render.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render.Html;

/// <summary>A KPI's change and gap to target as the sample's pages say them, by direction, in English and German.</summary>
public class KpiProgressViewTests
{
    private static readonly Lazy<Report> Sample = new(() => TestBuild.Run(new BuildOptions(Repository.Root, Write: false)).Report!);

    private static ViewBuilder Views(bool german = false) =>
        new(Sample.Value, new MarkdownRenderer(false), new Dictionary<string, ChartView>(), null, german ? TextFixtures.German() : null);

    [Fact]
    public void Higher_is_better_below_its_target_and_risen_is_short_of_it_and_better()
    {
        var retention = Views().Kpi("customer-retention"); // 75.8% on 31 Oct, 74.6% before, target 80%

        Assert.Equal("4.2% below the 80% target", retention.TargetGap);
        Assert.False(retention.TargetMet);
        Assert.Equal(("↑", "better", "better"), (retention.ChangeArrow, retention.Movement, retention.MovementLabel));
    }

    [Fact]
    public void Lower_is_better_above_its_target_and_fallen_is_short_of_it_and_better()
    {
        var reply = Views().Kpi("social-response-time"); // 6 hours, down from 6.2; target 2 hours

        Assert.Equal("4 hours above the 2 hours target", reply.TargetGap);
        Assert.Equal(("↓", "better"), (reply.ChangeArrow, reply.Movement));
    }

    [Fact]
    public void In_german_the_words_and_numbers_are_german()
    {
        var retention = Views(german: true).Kpi("customer-retention");

        var de = TextFixtures.German().Format; // its space before % is the no-break one
        Assert.Equal($"{de.WithUnit(4.2, "%")} unter dem Zielwert {de.WithUnit(80, "%")}", retention.TargetGap);
        Assert.StartsWith("4,2", retention.TargetGap, StringComparison.Ordinal);
        Assert.Equal("besser", retention.MovementLabel);
        Assert.Equal("Höher ist besser", retention.Direction);
    }

    [Fact]
    public void Facts_without_a_value_are_marked_so_the_page_leaves_them_out()
    {
        var visits = Views().Kpi("site-visits"); // no green/red thresholds

        Assert.Equal((true, false, false), (visits.HasTarget, visits.HasGreen, visits.HasRed));
    }
}
