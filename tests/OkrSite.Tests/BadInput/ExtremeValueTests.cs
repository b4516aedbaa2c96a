using System.Text.Json;
using OkrSite.Tests.Support;
using Xunit.Abstractions;

namespace OkrSite.Tests.BadInput;

/// <summary>
/// Finite but extreme numbers of issue 10, built end to end with charts: each is scored as computed by hand (never
/// silently 0, never NaN) and report.json holds only finite numbers.
/// </summary>
public class ExtremeValueTests(ITestOutputHelper output)
{
    private const string Max = "1.7976931348623157e308";

    /// <summary>One key result's fields (indented under "- title: x"), the KPI's fields, the CSV rows, and the expected KR score.</summary>
    public static TheoryData<string, string, string, string, double> Cases { get; } = new()
    {
        // name, key result, KPI fields, CSV rows of 'revenue', expected score of the key result
        { "span-beyond-double", "baseline: -1e308\n    target: 1e308\n    current: 0", "", "", 0.5 },
        { "span-of-the-largest-doubles", $"baseline: -{Max}\n    target: {Max}\n    metric: revenue", "", $"revenue,2026-08-01,{Max}", 1 },
        { "current-of-the-most-negative-double", $"baseline: -{Max}\n    target: {Max}\n    metric: revenue", "", $"revenue,2026-08-01,-{Max}", 0 },
        { "subnormal-span", "baseline: 0\n    target: 1e-320\n    current: 5e-321", "", "", 0.5 },
        { "subnormal-span-huge-current", "baseline: 0\n    target: 1e-320\n    current: 1e308", "", "", 1 },
        { "negative-zero-baseline", "baseline: -0\n    target: 10\n    current: 5", "", "", 0.5 },
        { "negative-zero-in-data", "baseline: 10\n    target: 20\n    metric: revenue", "", "revenue,2026-08-01,-0", 0 },
        { "huge-kpi-thresholds", "baseline: 0\n    target: 10\n    current: 5", "green: 1e308\nred: -1e308\ntarget: " + Max, $"revenue,2026-07-01,-{Max}\nrevenue,2026-08-01,{Max}", 0.5 },
        { "kpi-one-value", "baseline: 0\n    target: 10\n    metric: revenue", "green: 5\nred: 1", "revenue,2026-08-01,5", 0.5 },
        { "kpi-equal-huge-values", "baseline: 1e20\n    target: 2e20\n    metric: revenue", "green: 1e20", "revenue,2026-07-01,100000000000000000000\nrevenue,2026-08-01,100000000000000016384", 0 },
        { "kpi-subnormal-values", "baseline: 0\n    target: 1e-320\n    metric: revenue", "red: 5e-324", "revenue,2026-07-01,-5e-324\nrevenue,2026-08-01,5e-324", 5e-324 / 1e-320 },
        { "weight-smallest", "baseline: 0\n    target: 10\n    current: 5\n    weight: 5e-324", "", "", 0.5 },
        { "weight-largest", $"baseline: 0\n    target: 10\n    current: 5\n    weight: {Max}", "", "", 0.5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extreme_values_are_scored_as_computed_by_hand_with_finite_numbers_only(string name, string keyResult, string kpi, string rows, double score)
    {
        using var site = BadInputCases.Minimal();
        // Every key result tracks the KPI, so that its chart is drawn with the extreme baseline and target.
        var metric = keyResult.Contains("metric:", StringComparison.Ordinal) ? string.Empty : "\n    metric: revenue";
        site.File(BadInputCases.Okr, $"---\ntitle: Grow\nkey_results:\n  - title: x\n    {keyResult}{metric}\n  - title: Launch\n    done: true\n---\nBody.\n");
        site.File("content/kpis/revenue.md", $"---\nname: Revenue\n{(kpi.Length == 0 ? string.Empty : kpi + "\n")}---\n");
        site.File(BadInputCases.Csv, "metric,date,value\nrevenue,2026-06-01,1\n" + (rows.Length == 0 ? string.Empty : rows + "\n"));

        var run = CliRun.Of("build", site.Root);

        output.WriteLine($"{name}: exit {run.ExitCode}\n{run.Error}{run.Output}");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(": error ", run.Error, StringComparison.Ordinal);
        var json = site.Read("_site/report.json");
        ReportJsonAssert.AllNumbersFinite(json);
        using var report = JsonDocument.Parse(json);
        var kr = report.RootElement.GetProperty("objectives")[0].GetProperty("keyResults")[0];
        Assert.Equal(score, kr.GetProperty("score").GetDouble(), 12);
        Assert.Single(Directory.EnumerateFiles(site.Output, "*.svg", SearchOption.AllDirectories), f => f.Contains("objectives", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "kpis", "revenue", "trend.svg")));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal) || text.Contains('∞'), $"{file} shows a value that is not a number");
        }
    }
}
